/** Half-open `[start, end)` offsets in UTF-16 code units into the exact analyzed text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the exact text it covers (`text === source.slice(start, end)`). */
export interface TextSpan extends Span {
  text: string;
}

/** The kinds of named mention the engine reports. */
export type MentionType = 'PERSON' | 'ORG' | 'PLACE' | 'DATE';

/** One span naming an entity; `actorId` links it to its actor (dates have none). */
export interface Mention extends TextSpan {
  id: string;
  type: MentionType;
  actorId: string | null;
  /** Title or honorific written right before the name ("Foreign Minister"), if any. */
  role?: string;
  /** DATE mentions: the ISO date, month, year or day range the text stands for, when it can be told. */
  iso?: string;
}

/** The kinds of entity that become actors. */
export type ActorType = 'PERSON' | 'ORG' | 'PLACE';

/** One person, organization or place across all its mentions. */
export interface Actor {
  id: string;
  type: ActorType;
  /** Canonical name: the longest full form seen ("Andrey G. Karlov"). */
  name: string;
  /** Other distinct surface forms, in order of first appearance. */
  aliases: string[];
  /** Ids of the mentions of this actor, sorted by start. */
  mentionIds: string[];
  role?: string;
  /** Offset of the first mention. */
  firstStart: number;
}

/** How a quotation-mark pair is used. */
export type QuoteKind = 'speech' | 'scare' | 'title';

/** A quotation: the span includes its quotation marks. */
export interface Quote extends TextSpan {
  id: string;
  kind: QuoteKind;
  /** The text between the marks. */
  inner: Span;
  speakerActorId: string | null;
  /** The attribution cue ("said", "told", "according to"), if one was found. */
  cue: TextSpan | null;
  /** The mention that names the speaker, if the speaker was named near the quote. */
  speakerMentionId: string | null;
  /**
   * How sure the speaker is, 0–1: 0.9 for a name next to the cue, 0.75 for a pronoun or a descriptor
   * resolved to an actor, 0.6 for a continuation of the previous speaker's quote, 0 without a speaker.
   */
  confidence: number;
  /** Why a quote has no speaker (null when it has one); see `NoSpeakerReason`. */
  noSpeakerReason: NoSpeakerReason | null;
}

/**
 * Why a quote has no speaker: `not-speech` (a title or a scare quote, said by no one), `no-cue` (no
 * speech verb or "according to" next to it), `unnamed-subject` (a cue whose subject is nobody the
 * article names: "the company said" with no company named, "officials said").
 */
export type NoSpeakerReason = 'not-speech' | 'no-cue' | 'unnamed-subject';

/** Someone or something taking part in an event: a noun phrase, and the actor it names if any. */
export interface Participant extends TextSpan {
  /** The actor the phrase names or stands for ("the gunman" → the gunman's name), else null. */
  actorId: string | null;
}

/** An event: who did what to whom, inside one sentence, around a verb or an event noun. */
export interface ArticleEvent {
  id: string;
  /** Coarse category after CAMEO's root categories ("statement", "attack", "kill", …). */
  type: string;
  /** Lemma of the trigger ("shoot" for "shot", "assassinate" for "assassination"). */
  lemma: string;
  trigger: TextSpan;
  /** Who acted and who was acted upon, as written. */
  agents: Participant[];
  patients: Participant[];
  /** The actors among the agents and patients. */
  agentActorIds: string[];
  patientActorIds: string[];
  time?: { text: string; start: number; end: number; iso?: string };
  placeActorId?: string;
  sentence: Span;
  /** Id of the quote this speech event introduces, if any. */
  quoteId?: string;
  confidence: number;
}

/** A problem found in the text that did not stop the analysis. */
export interface AnalysisWarning {
  code: 'unbalanced-quote' | 'empty-text' | 'binary-text' | 'truncated' | 'lexicon';
  message: string;
  start?: number;
}

/** Everything the engine found in one text. All arrays are sorted by start. */
export interface Analysis {
  length: number;
  /** The date relative dates were resolved against, and where it came from. */
  articleDate?: { iso: string; source: 'dateline' | 'option' };
  mentions: Mention[];
  actors: Actor[];
  quotes: Quote[];
  events: ArticleEvent[];
  sentences: Span[];
  warnings: AnalysisWarning[];
}

/** One user-supplied name: its type and the other names it goes by. */
export interface LexiconEntry {
  name: string;
  type: ActorType;
  aliases?: string[];
}

/** Options for `analyzeArticle`. */
export interface AnalyzeOptions {
  lexicon?: LexiconEntry[];
  /** YYYY-MM-DD used for relative dates when the article has no dateline (a setting or the file's date). */
  articleDate?: string;
}
