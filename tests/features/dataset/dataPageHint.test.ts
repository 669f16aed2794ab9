import { describe, expect, it } from 'vitest';
import { dataPage, isSheetCsv } from '../../../src/features/dataset/dataPageHint.ts';

const KEY = '2PACX-1vQ_abc-DEF123';
const SHEET = '1cWqQBZCkX9GpzFtxCWHoqFXCHg-ylTVUWlnrdYMzKUI';
const embed = (source: string) => `https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html?source=${encodeURIComponent(source)}&font=Default&lang=en&initial_zoom=2&height=650`;

describe('dataPage', () => {
  it('recognises the editing address a journalist copies from the browser, which names no CSV', () => {
    expect(dataPage('https://docs.google.com/spreadsheets/d/1AbC_dEf-123/edit#gid=0')).toEqual({ kind: 'sheet' });
    expect(dataPage('https://docs.google.com/spreadsheets/d/1AbC_dEf-123/edit?usp=sharing')).toEqual({ kind: 'sheet' });
    expect(dataPage('https://docs.google.com/spreadsheets/d/1AbC_dEf-123')).toEqual({ kind: 'sheet' });
  });

  it("gives a published page's CSV address, keeping the tab it names", () => {
    expect(dataPage(`https://docs.google.com/spreadsheets/d/e/${KEY}/pubhtml`)).toEqual({ kind: 'publishedSheet', data: `https://docs.google.com/spreadsheets/d/e/${KEY}/pub?output=csv` });
    expect(dataPage(`https://docs.google.com/spreadsheets/d/e/${KEY}/pubhtml?gid=123456&single=true`)).toEqual({
      kind: 'publishedSheet',
      data: `https://docs.google.com/spreadsheets/d/e/${KEY}/pub?gid=123456&single=true&output=csv`,
    });
    expect(dataPage(`https://docs.google.com/spreadsheets/d/e/${KEY}/pub?gid=5`)).toEqual({ kind: 'publishedSheet', data: `https://docs.google.com/spreadsheets/d/e/${KEY}/pub?gid=5&single=true&output=csv` });
  });

  it('finds the file a TimelineJS embed shows: a JSON file by address, or a Google Sheet to publish', () => {
    expect(dataPage(embed('https://news.example.org/timelines/space.json'))).toEqual({ kind: 'timelinejs', data: 'https://news.example.org/timelines/space.json' });
    expect(dataPage(embed(SHEET))).toEqual({ kind: 'timelinejsSheet' });
    expect(dataPage(embed(`https://docs.google.com/spreadsheets/d/${SHEET}/edit`))).toEqual({ kind: 'timelinejsSheet' });
    expect(dataPage(embed(`https://docs.google.com/spreadsheets/d/e/${KEY}/pubhtml`))).toEqual({ kind: 'publishedSheet', data: `https://docs.google.com/spreadsheets/d/e/${KEY}/pub?output=csv` });
    expect(dataPage(`https://cdn.knightlab.com/libs/timeline3/3.8.12/embed/?source=${encodeURIComponent('https://news.example.org/t.json')}`)).toEqual({ kind: 'timelinejs', data: 'https://news.example.org/t.json' });
  });

  it('leaves alone an address that already asks for CSV, and anything not such a page', () => {
    expect(dataPage(`https://docs.google.com/spreadsheets/d/e/${KEY}/pub?output=csv`)).toBeNull();
    expect(dataPage('https://docs.google.com/spreadsheets/d/1AbC/export?format=csv&gid=0')).toBeNull();
    expect(dataPage('https://docs.google.com/spreadsheets/d/1AbC/gviz/tq?tqx=out:csv')).toBeNull();
    expect(dataPage('https://docs.google.com/document/d/1AbC/edit')).toBeNull();
    expect(dataPage('https://docs.google.com.evil.example/spreadsheets/d/1AbC/edit')).toBeNull();
    expect(dataPage('https://example.org/spreadsheets/d/1AbC/edit')).toBeNull();
    expect(dataPage('https://cdn.knightlab.com/libs/timeline3/latest/js/timeline.js')).toBeNull();
    expect(dataPage('not an address')).toBeNull();
  });

  it('never offers an address that is not https, nor builds one from anything but a key and a numeric tab', () => {
    expect(dataPage(embed('http://news.example.org/t.json'))).toBeNull();
    expect(dataPage(embed('javascript:alert(1)'))).toBeNull();
    expect(dataPage(embed('short'))).toBeNull();
    expect(dataPage(`https://docs.google.com/spreadsheets/d/e/${KEY}/pubhtml?gid=1%26output%3Dhtml`)).toEqual({ kind: 'publishedSheet', data: `https://docs.google.com/spreadsheets/d/e/${KEY}/pub?output=csv` });
    expect(dataPage('https://docs.google.com/spreadsheets/d/e/a%22b/pubhtml')).toEqual({ kind: 'sheet' });
  });
});

describe('isSheetCsv', () => {
  it("tells a Google Sheet's own CSV address (published, exported, queried), whose failure means the sheet is not published", () => {
    expect(isSheetCsv(`https://docs.google.com/spreadsheets/d/e/${KEY}/pub?gid=0&single=true&output=csv`)).toBe(true);
    expect(isSheetCsv('https://docs.google.com/spreadsheets/d/1AbC/export?format=csv&gid=0')).toBe(true);
    expect(isSheetCsv('https://docs.google.com/spreadsheets/d/1AbC/gviz/tq?tqx=out:csv')).toBe(true);
    // A page (its hint is dataPage's), another host, or not https: no.
    expect(isSheetCsv(`https://docs.google.com/spreadsheets/d/e/${KEY}/pubhtml`)).toBe(false);
    expect(isSheetCsv('https://docs.google.com.evil.example/spreadsheets/d/1AbC/export?format=csv')).toBe(false);
    expect(isSheetCsv('http://docs.google.com/spreadsheets/d/1AbC/export?format=csv')).toBe(false);
    expect(isSheetCsv('https://example.org/letters.csv?output=csv')).toBe(false);
    expect(isSheetCsv('not an address')).toBe(false);
  });
});
