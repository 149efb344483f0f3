// The pseudo-locale: every English message accented and made ~40 % longer, its ICU syntax left intact. A page in
// it shows at a glance a string that was not translated (plain ASCII) and a box that cannot take longer words.

const ACCENTS: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ü', w: 'ŵ', y: 'ý', z: 'ž',
  A: 'Á', C: 'Ç', D: 'Ð', E: 'É', G: 'Ĝ', H: 'Ĥ', I: 'Í', L: 'Ļ', N: 'Ñ', O: 'Ö', R: 'Ŕ', S: 'Š', U: 'Ü', Z: 'Ž',
};

const PAD = 'ŵöŕðš';

/** Plain text: letters accented, then filler words adding ~40 % of its length. */
function stretch(text: string): string {
  const accented = [...text].map((ch) => ACCENTS[ch] ?? ch).join('');
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (!letters) return accented;
  let extra = Math.ceil(letters * 0.4);
  const words: string[] = [];
  while (extra > 0) {
    const size = Math.min(extra, PAD.length);
    words.push(PAD.slice(0, size));
    extra -= size + 1;
  }
  // Filler before trailing punctuation or spaces, so "Download …" stays "Ðöŵñļöáð … ŵöŕðš".
  const [, body = accented, tail = ''] = /^([\s\S]*?)([\s.…:;,!?)→]*)$/.exec(accented) ?? [];
  return `${body} ${words.join(' ')}${tail}`;
}

/** Reads one `{…}` argument from `at` (on its `{`); returns its text, pseudo-translated inside plural/select. */
function argument(message: string, at: number): [string, number] {
  let i = at + 1;
  const head = /^\s*([^,{}\s]+)\s*(?:,\s*(\w+)\s*)?(,|})/.exec(message.slice(i));
  if (!head) throw new Error(`pseudo-locale: bad argument at ${at} in "${message}"`);
  const [whole, , type, end] = head;
  i += whole.length;
  if (end === '}') return [message.slice(at, i), i];
  if (type !== 'plural' && type !== 'select' && type !== 'selectordinal') {
    // number, date…: copy the style as it is.
    let depth = 1;
    for (; depth && i < message.length; i++) depth += message[i] === '{' ? 1 : message[i] === '}' ? -1 : 0;
    return [message.slice(at, i), i];
  }
  let out = message.slice(at, i);
  for (;;) {
    const selector = /^(\s*)([^{}\s]+)(\s*)\{/.exec(message.slice(i));
    if (!selector) {
      const close = /^\s*}/.exec(message.slice(i));
      if (!close) throw new Error(`pseudo-locale: bad branch at ${i} in "${message}"`);
      return [out + close[0], i + close[0].length];
    }
    out += selector[0];
    i += selector[0].length;
    const [branch, next] = text(message, i, true);
    out += `${branch}}`;
    i = next + 1;
  }
}

/** Text up to the end (or to the `}` closing a branch), arguments kept, runs of plain text stretched. */
function text(message: string, from: number, inBranch: boolean): [string, number] {
  let out = '';
  let run = '';
  let i = from;
  const flush = () => {
    // `#` in a plural branch is the number: keep it out of the stretched text.
    out += run.split('#').map((part) => (part.trim() ? stretch(part) : part)).join('#');
    run = '';
  };
  while (i < message.length) {
    const ch = message[i]!;
    if (ch === '}' && inBranch) break;
    const tag = ch === '<' ? /^<\/?[A-Za-z][\w-]*>/.exec(message.slice(i)) : null;
    if (tag) {
      // A rich-text tag (<code>…</code>): its name must survive.
      flush();
      out += tag[0];
      i += tag[0].length;
      continue;
    }
    if (ch === '{') {
      flush();
      const [arg, next] = argument(message, i);
      out += arg;
      i = next;
      continue;
    }
    run += ch === '#' && !inBranch ? '\u0000' : ch;
    i++;
  }
  flush();
  return [out.replaceAll('\u0000', '#'), i];
}

/** One message in the pseudo-locale. */
export function pseudoMessage(message: string): string {
  return text(message, 0, false)[0];
}

export type Messages = { [key: string]: string | Messages };

/** Every message of a messages tree in the pseudo-locale, keys kept. */
export function pseudoMessages(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [key, typeof value === 'string' ? pseudoMessage(value) : pseudoMessages(value)]),
  );
}
