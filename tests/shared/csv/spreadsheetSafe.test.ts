import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, neutralizeCell, restoreCell } from '../../../src/shared/csv/spreadsheetSafe.ts';

describe('csvField', () => {
  it('leaves plain text as it is', () => {
    expect(csvField('Roscosmos')).toBe('Roscosmos');
    expect(csvField('')).toBe('');
    expect(csvField('U.S.-Russia')).toBe('U.S.-Russia');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField("Rogozin's letter")).toBe("Rogozin's letter");
  });

  it('quotes a field that holds a comma, a semicolon or a tab', () => {
    expect(csvField('NASA, ESA')).toBe('"NASA, ESA"');
    expect(csvField('NASA; CSA; ESA')).toBe('"NASA; CSA; ESA"');
    expect(csvField('NASA\tESA')).toBe('"NASA\tESA"');
  });

  it('quotes a field that holds a double quote and doubles the quote', () => {
    expect(csvField('the "illegal sanctions"')).toBe('"the ""illegal sanctions"""');
  });

  it('quotes a field that holds a line feed or a carriage return', () => {
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvField('line 1\r\nline 2')).toBe('"line 1\r\nline 2"');
  });

  it('prefixes each formula starter with an apostrophe', () => {
    expect(csvField('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(csvField('+7 495')).toBe("'+7 495");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@esa')).toBe("'@esa");
  });

  it('prefixes a leading tab or carriage return, and quotes the field', () => {
    expect(csvField('\tx')).toBe(`"'\tx"`);
    expect(csvField('\rx')).toBe(`"'\rx"`);
  });

  it('prefixes a formula after any leading whitespace', () => {
    expect(csvField(' =1+1')).toBe("' =1+1");
    // A line break, like a tab, may start what a reader takes for a new field (a new row): the formula after it is prefixed too.
    expect(csvField('\n=1+1')).toBe(`"'\n'=1+1"`);
    // A tab is also a separator: the cell starts with one, and the field after it is a formula.
    expect(csvField('\t=1+1')).toBe(`"'\t'=1+1"`);
    expect(csvField('\r\n@SUM(A1)')).toBe(`"'\r\n'@SUM(A1)"`);
    expect(csvField('\u00a0=1+1')).toBe("'\u00a0=1+1"); // no-break space
    expect(csvField('\u2003+1')).toBe("'\u2003+1"); // em space
    expect(csvField('\u3000-1')).toBe("'\u3000-1"); // ideographic space
    expect(csvField('\u200b=1+1')).toBe("'\u200b=1+1"); // zero-width space
    expect(csvField('\u202e=1+1')).toBe("'\u202e=1+1"); // right-to-left override
    expect(csvField('\ufeff=1+1')).toBe("'\ufeff=1+1"); // byte order mark
  });

  it('prefixes a formula that starts a line inside a cell: a reader that takes quotes in mid-field as text starts a new row there', () => {
    // Read with ";" as its separator, the summary cell of `id,"Line one\n=1+1;"` ends its row at the
    // line break (the quote is mid-field for it), and the next row's first field is =1+1.
    expect(csvField('Line one\n=1+1;')).toBe(`"Line one\n'=1+1;"`);
    expect(csvField('Line one\r\n+7 495')).toBe(`"Line one\r\n'+7 495"`);
    expect(csvField('Line one\r@esa')).toBe(`"Line one\r'@esa"`);
    expect(csvField('Line one\n  -1')).toBe(`"Line one\n'  -1"`);
    expect(csvField('Line one\nline two')).toBe(`"Line one\nline two"`);
    expect(restoreCell("Line one\n'=1+1;")).toBe('Line one\n=1+1;');
    expect(restoreCell("Line one\n'quoted")).toBe("Line one\n'quoted");
  });

  it('prefixes the full-width and small forms of the formula starters', () => {
    expect(csvField('＝1+1')).toBe("'＝1+1");
    expect(csvField('＋1')).toBe("'＋1");
    expect(csvField('－1')).toBe("'－1");
    expect(csvField('＠SUM(A1)')).toBe("'＠SUM(A1)");
    expect(csvField('﹦1+1')).toBe("'﹦1+1");
    expect(csvField('\u22121')).toBe("'\u22121");
  });

  it('prefixes the segment that a semicolon, comma or tab separated reader would see as a formula', () => {
    expect(csvField('x;=1+1')).toBe(`"x;'=1+1"`);
    expect(csvField('x; =1+1')).toBe(`"x;' =1+1"`);
    expect(csvField('x,=1+1')).toBe(`"x,'=1+1"`);
    expect(csvField('x\t@A1')).toBe(`"x\t'@A1"`);
    expect(csvField("x;=cmd|' /C calc'!A0;y")).toBe(`"x;'=cmd|' /C calc'!A0;y"`);
    expect(csvField('=1;=2')).toBe(`"'=1;'=2"`);
  });

  it('prefixes a formula first and then quotes it when it also holds a comma or quote', () => {
    expect(csvField('=HYPERLINK("https://x.example","a,b")')).toBe(`"'=HYPERLINK(""https://x.example"",""a,b"")"`);
  });

  it('prefixes a cell or segment that already starts with an apostrophe, so the importer can tell', () => {
    expect(csvField("'=1+1")).toBe("''=1+1");
    expect(csvField("'90s")).toBe("''90s");
    expect(csvField("rock,'n roll")).toBe(`"rock,''n roll"`);
  });
});

describe('restoreCell', () => {
  it('takes off exactly the apostrophes neutralizeCell added', () => {
    expect(restoreCell("' =1+1")).toBe(' =1+1');
    expect(restoreCell("x;'=1+1")).toBe('x;=1+1');
    expect(restoreCell("'\tx")).toBe('\tx');
    expect(restoreCell("''90s")).toBe("'90s");
    expect(restoreCell("'=1;'=2")).toBe('=1;=2');
  });

  it("keeps an apostrophe that neutralizeCell would not have added: it is the cell's own text", () => {
    expect(restoreCell("'90s")).toBe("'90s");
    expect(restoreCell("rock,'n roll")).toBe("rock,'n roll");
    expect(restoreCell("it's")).toBe("it's");
    expect(restoreCell('=1+1')).toBe('=1+1');
  });
});

/** Strings made mostly of the characters the rule is about. */
const tricky = fc.string({
  unit: fc.constantFrom(',', ';', '\t', '\r', '\n', ' ', '\u00a0', '\u3000', '\u200b', '\u202e', "'", '"', '=', '+', '-', '@', '＝', '＋', '－', '＠', '\u2212', 'a', '1'),
  maxLength: 12,
});
const anyString = fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 40 }));

const FORMULA_START = /^[\s\p{Cc}\p{Cf}]*[=+\-@＝＋－＠﹦﹢﹣﹫\u2212]/u;

describe('neutralizeCell, for any string', () => {
  it('is undone by restoreCell', () => {
    fc.assert(fc.property(anyString, (s) => restoreCell(neutralizeCell(s)) === s), { numRuns: 5000 });
  });

  it('leaves no segment between , ; tab and line breaks that starts with a formula, and no leading tab or CR', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const out = neutralizeCell(s);
        expect(out.split(/[,;\t\r\n]/).filter((seg) => FORMULA_START.test(seg))).toEqual([]);
        expect(out).not.toMatch(/^[\t\r]/);
      }),
      { numRuns: 5000 },
    );
  });

  it('changes a string with no formula, leading tab or CR, or leading apostrophe not at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '1', 'я', ',', ';', '=', '-'), maxLength: 12 }), (s) => {
        fc.pre(!s.split(/[,;\t]/).some((seg) => FORMULA_START.test(seg)));
        expect(neutralizeCell(s)).toBe(s);
      }),
    );
  });
});

describe('csvField, for any string', () => {
  it('is one RFC 4180 field holding neutralizeCell of the string', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const field = csvField(s);
        const safe = neutralizeCell(s);
        if (field.startsWith('"')) {
          expect(field.endsWith('"')).toBe(true);
          const inner = field.slice(1, -1);
          expect(inner.replace(/""/g, '')).not.toContain('"');
          expect(inner.replace(/""/g, '"')).toBe(safe);
        } else {
          expect(field).toBe(safe);
          expect(field).not.toMatch(/[",;\t\r\n]/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
