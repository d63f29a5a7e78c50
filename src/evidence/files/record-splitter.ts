// Splits JSON text into evidence records as it streams in, so a 1 GB export never sits in
// memory whole. stream-json tokenizes; this module decides which values are records:
//
//   [ r0, r1, … ]                       a JSON array: each element
//   r0 ⏎ r1 ⏎ …                         NDJSON (or any run of top-level values): each value
//   { "builds": [ r0, r1, … ], … }      a REST list response: the elements of its list
//   { … }                               any other object: the object itself
//
// Arrays and list responses are unwrapped wherever they stand, so two concatenated
// `gcloud builds list` outputs or NDJSON of REST pages read as one run of records.
//
// Text is fed one line at a time: the tokenizer then emits each token while its line is
// being fed, which gives every record its starting line and every syntax error its line.

import Assembler from 'stream-json/core/assembler.js';
import { jsonParser, type Token, type TokenSource } from 'stream-json/core/parser.js';
import { InputError } from '../../errors.js';
import type { FileRecord } from '../source.js';

/** Keys under which Google list responses carry their items (`projects.builds.list`, `releases.list`, …). */
export const LIST_KEYS: ReadonlySet<string> = new Set(['builds', 'releases', 'entries', 'revisions', 'services', 'items']);

// stream-json ends a parse by passing stream-chain's `none` marker, a registered symbol;
// taking it from the registry spares us a direct dependency on stream-chain.
const END_OF_INPUT = Symbol.for('object-stream.none') as unknown as string;

type Context =
  | 'between' // at the top level, between values
  | 'array' // inside a top-level array: each element is a record
  | 'object' // inside a top-level object: a record, or a list response
  | 'list'; // inside the list of a list response: each element is a record

/** Turns JSON or NDJSON text, fed in pieces, into records with their index and starting line. */
export class RecordSplitter {
  private readonly parse: TokenSource = jsonParser({ jsonStreaming: true, packValues: true, streamValues: false });
  private readonly assembler = new Assembler();
  private line = 1;
  private lastLine = 1;
  private sawContent = false;
  private context: Context = 'between';
  /** What the value being assembled becomes: a record, or a field of a top-level object. */
  private assembling: 'record' | 'field' | undefined;
  private recordLine = 1;
  private objectLine = 1;
  private objectFields: Record<string, unknown> = {};
  private objectIsList = false;
  private fieldKey = '';
  private count = 0;
  private ready: FileRecord[] = [];

  constructor(
    private readonly file: string,
    /** Notes about the file as a whole (a list response that is only one page), added as found. */
    readonly notes: string[] = [],
  ) {}

  /** Feeds the next piece of text; returns the records it completed. */
  feed(text: string): FileRecord[] {
    let start = 0;
    while (start < text.length) {
      const newline = text.indexOf('\n', start);
      const end = newline === -1 ? text.length : newline + 1;
      this.feedLine(text.slice(start, end));
      if (newline !== -1) this.line++;
      start = end;
    }
    return this.takeReady();
  }

  /** Ends the input; returns the last records, or throws when the text was truncated or held no records. */
  finish(): FileRecord[] {
    this.route(this.tokenize(END_OF_INPUT, this.lastLine));
    if (this.context !== 'between' || this.assembling) {
      throw this.syntaxError('unexpected end of file (is it truncated?)', this.lastLine);
    }
    if (!this.sawContent) throw new InputError('empty file: no records', this.file);
    if (this.count === 0) {
      throw new InputError('no records: the file holds only an empty list', this.file);
    }
    return this.takeReady();
  }

  private feedLine(piece: string): void {
    if (!this.sawContent) this.checkFirstCharacter(piece);
    if (/[^ \t\r\n]/.test(piece)) this.lastLine = this.line;
    this.route(this.tokenize(piece, this.line));
  }

  /** Only an array or an object can start an evidence file; anything else is not ours to guess at. */
  private checkFirstCharacter(piece: string): void {
    const first = /[^ \t\r\n]/.exec(piece)?.[0];
    if (first === undefined) return;
    this.sawContent = true;
    if (first === '{' || first === '[') return;
    const shown = /^[\x21-\x7e]$/.test(first) ? `"${first}"` : `U+${first.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    throw new InputError(`not JSON: expected a JSON array, a JSON object or NDJSON (one object per line), found ${shown}`, this.file, this.line);
  }

  private tokenize(piece: string, line: number): Token[] {
    let output: ReturnType<TokenSource>;
    try {
      output = this.parse(piece);
    } catch (error) {
      const atEnd = piece === END_OF_INPUT;
      throw this.syntaxError(atEnd ? 'unexpected end of file (is it truncated?)' : parserReason(error), line);
    }
    return typeof output === 'symbol' ? [] : output.values;
  }

  private route(tokens: Token[]): void {
    for (const token of tokens) {
      if (this.assembling) this.continueValue(token);
      else this.routeStructural(token);
    }
  }

  private routeStructural(token: Token): void {
    switch (this.context) {
      case 'between':
        if (token.name === 'startArray') this.context = 'array';
        else if (token.name === 'startObject') this.openObject();
        else this.beginValue(token, 'record');
        return;
      case 'array':
        if (token.name === 'endArray') this.context = 'between';
        else this.beginValue(token, 'record');
        return;
      case 'list':
        if (token.name === 'endArray') this.context = 'object';
        else this.beginValue(token, 'record');
        return;
      case 'object':
        if (token.name === 'keyValue') this.fieldKey = token.value;
        else if (token.name === 'endObject') this.closeObject();
        else if (token.name === 'startArray' && LIST_KEYS.has(this.fieldKey)) {
          this.objectIsList = true;
          this.context = 'list';
        } else this.beginValue(token, 'field');
        return;
    }
  }

  private openObject(): void {
    this.context = 'object';
    this.objectLine = this.line;
    this.objectFields = {};
    this.objectIsList = false;
  }

  private closeObject(): void {
    this.context = 'between';
    if (!this.objectIsList) {
      this.emit(this.objectFields, this.objectLine);
      return;
    }
    const token = this.objectFields['nextPageToken'];
    const note = 'the file is one page of a longer list (nextPageToken is set): records on later pages are missing';
    if (typeof token === 'string' && token !== '' && !this.notes.includes(note)) this.notes.push(note);
  }

  private beginValue(token: Token, target: 'record' | 'field'): void {
    this.recordLine = this.line;
    this.assembler.consume(token);
    if (this.assembler.done) this.completeValue(target);
    else this.assembling = target;
  }

  private continueValue(token: Token): void {
    this.assembler.consume(token);
    if (this.assembler.done) {
      const target = this.assembling!;
      this.assembling = undefined;
      this.completeValue(target);
    }
  }

  private completeValue(target: 'record' | 'field'): void {
    const value: unknown = this.assembler.current;
    if (target === 'record') this.emit(value, this.recordLine);
    // defineProperty, like JSON.parse: a "__proto__" key in hostile input stays an ordinary field.
    else Object.defineProperty(this.objectFields, this.fieldKey, { value, writable: true, enumerable: true, configurable: true });
  }

  private emit(value: unknown, line: number): void {
    this.ready.push({ value, index: this.count++, line });
  }

  private takeReady(): FileRecord[] {
    const ready = this.ready;
    this.ready = [];
    return ready;
  }

  /** "builds.json:37: invalid JSON in record 2: expected ','", saying where the record began when elsewhere. */
  private syntaxError(reason: string, line: number): InputError {
    let start: number | undefined;
    if (this.assembling === 'record') start = this.recordLine;
    else if (this.context === 'object' && !this.objectIsList) start = this.objectLine;
    const began = start !== undefined && start !== line ? ` (the record starts at line ${start})` : '';
    return new InputError(`invalid JSON in record ${this.count}: ${reason}${began}`, this.file, line);
  }
}

/** The tokenizer's message without its "Parser cannot parse input:" preamble. */
function parserReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Parser cannot parse input:\s*/, '').replace(/^Parser has expected/, 'expected');
}
