import { describe, expect, it } from 'vitest';
import { googleSheetsPage } from '../../../src/features/dataset/googleSheets.ts';

const KEY = '2PACX-1vQ_abc-DEF123';

describe('googleSheetsPage', () => {
  it('recognises the editing address a journalist copies from the browser, which names no CSV', () => {
    expect(googleSheetsPage('https://docs.google.com/spreadsheets/d/1AbC_dEf-123/edit#gid=0')).toEqual({ csv: null });
    expect(googleSheetsPage('https://docs.google.com/spreadsheets/d/1AbC_dEf-123/edit?usp=sharing')).toEqual({ csv: null });
    expect(googleSheetsPage('https://docs.google.com/spreadsheets/d/1AbC_dEf-123')).toEqual({ csv: null });
  });

  it("gives a published page's CSV address, keeping the tab it names", () => {
    expect(googleSheetsPage(`https://docs.google.com/spreadsheets/d/e/${KEY}/pubhtml`)).toEqual({ csv: `https://docs.google.com/spreadsheets/d/e/${KEY}/pub?output=csv` });
    expect(googleSheetsPage(`https://docs.google.com/spreadsheets/d/e/${KEY}/pubhtml?gid=123456&single=true`)).toEqual({
      csv: `https://docs.google.com/spreadsheets/d/e/${KEY}/pub?gid=123456&single=true&output=csv`,
    });
    expect(googleSheetsPage(`https://docs.google.com/spreadsheets/d/e/${KEY}/pub?gid=5`)).toEqual({ csv: `https://docs.google.com/spreadsheets/d/e/${KEY}/pub?gid=5&single=true&output=csv` });
  });

  it('leaves alone an address that already asks for CSV, and anything not a Google Sheets page', () => {
    expect(googleSheetsPage(`https://docs.google.com/spreadsheets/d/e/${KEY}/pub?output=csv`)).toBeNull();
    expect(googleSheetsPage('https://docs.google.com/spreadsheets/d/1AbC/export?format=csv&gid=0')).toBeNull();
    expect(googleSheetsPage('https://docs.google.com/spreadsheets/d/1AbC/gviz/tq?tqx=out:csv')).toBeNull();
    expect(googleSheetsPage('https://docs.google.com/document/d/1AbC/edit')).toBeNull();
    expect(googleSheetsPage('https://docs.google.com.evil.example/spreadsheets/d/1AbC/edit')).toBeNull();
    expect(googleSheetsPage('https://example.org/spreadsheets/d/1AbC/edit')).toBeNull();
    expect(googleSheetsPage('not an address')).toBeNull();
  });

  it('never builds an address from anything but the key and a numeric tab', () => {
    expect(googleSheetsPage(`https://docs.google.com/spreadsheets/d/e/${KEY}/pubhtml?gid=1%26output%3Dhtml`)).toEqual({ csv: `https://docs.google.com/spreadsheets/d/e/${KEY}/pub?output=csv` });
    expect(googleSheetsPage('https://docs.google.com/spreadsheets/d/e/a%22b/pubhtml')).toEqual({ csv: null });
  });
});
