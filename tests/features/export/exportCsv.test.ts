import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportCsvText } from '../../../src/features/export/exportCsv.ts';
import { parseDatasetText } from '../../../src/shared/dataset/parseDatasetText.ts';
import { buildTimelineModel } from '../../../src/shared/model/timelineModel.ts';

const r = parseDatasetText(readFileSync('data/roscosmos-iss-2022.json', 'utf8'));
const model = buildTimelineModel(r.dataset!);
const pick = (...ids: string[]) => ids.map((id) => model.eventsById.get(id)!);

const HEADER = 'id,date,dateEnd,date_in_words,approximate,kind,from,to,author,title,summary,verification,inReplyTo,sources';

describe('exportCsvText', () => {
  it('writes a header and one CRLF-terminated row for each of two bundled events', () => {
    const text = exportCsvText(model, pick('rogozin-demands-letters', 'nelson-reply-letter'));
    const lines = text.split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(HEADER);
    expect(lines[3]).toBe('');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('writes every column of the 12 March demand, quoting commas and doubling quotes', () => {
    const lines = exportCsvText(model, pick('rogozin-demands-letters', 'nelson-reply-letter')).split('\r\n');
    expect(lines[1]).toBe(
      'rogozin-demands-letters,2022-03-12,,around 12 March 2022,yes,letter,Roscosmos,"NASA; CSA; ESA",Dmitry Rogozin,' +
        'Rogozin demands partners lift sanctions on ISS contractors,' +
        '"Rogozin announced that Roscosmos was sending letters to NASA, the Canadian Space Agency and ESA demanding that ' +
        '""illegal sanctions"" be lifted from Russian enterprises working for the ISS, naming TsNIIMash and RSC Progress. ' +
        'He asked for a decision ""by the end of the current month"".",' +
        'confirmed,,' +
        '"TASS: TASS report on Roscosmos letters demanding the lifting of sanctions: https://tass.com/science/1421121 | ' +
        "Life.ru: Report on Rogozin's letters to NASA, CSA and ESA | " +
        'The Hamden Journal: Russia says it will end cooperation with other nations on the International Space Station until sanctions are lifted"',
    );
  });

  it('writes the reply window, its sender and recipient names, and the event it answers', () => {
    const lines = exportCsvText(model, pick('rogozin-demands-letters', 'nelson-reply-letter')).split('\r\n');
    expect(lines[2]).toBe(
      'nelson-reply-letter,2022-03-12,2022-04-02,between 12 March and 2 April 2022,,letter,NASA,Roscosmos,Bill Nelson,' +
        'Nelson replies that export controls still allow ISS cooperation,' +
        '"In a letter posted as an image by Rogozin, NASA Administrator Bill Nelson wrote that the U.S. continues to support ' +
        'international space cooperation on the ISS and that U.S. export controls continue to allow cooperation with Russia ' +
        'for safe ISS operations.",' +
        'unconfirmed,rogozin-demands-letters,' +
        'The Hamden Journal: Russia says it will end cooperation with other nations on the International Space Station until sanctions are lifted',
    );
  });

  it('writes a timed event with its zone in words, quoted for its comma', () => {
    const lines = exportCsvText(model, pick('biden-sanctions')).split('\r\n');
    expect(lines[1]!.startsWith('biden-sanctions,2022-02-24T13:43:00-05:00,,"24 February 2022, 13:43 EST",,sanction,U.S. Government,Roscosmos,Joe Biden,')).toBe(true);
    expect(lines[1]!.endsWith(
      ',confirmed,,The White House: Remarks by President Biden on Russia\'s unprovoked and unjustified attack on Ukraine | ' +
        "Space.com: Space.com report on the impact of U.S. sanctions on Russia's space program: https://www.space.com/us-russia-sanctions-space-program-impact",
    )).toBe(true);
  });

  it('writes an empty recipient cell for an event with no recipient', () => {
    const row = exportCsvText(model, pick('rogozin-year-notice')).split('\r\n')[1]!;
    expect(row.startsWith('rogozin-year-notice,2022-04-30,,30 April 2022,,statement,Roscosmos,,Dmitry Rogozin,')).toBe(true);
  });

  it('writes only the header for no events', () => {
    expect(exportCsvText(model, [])).toBe(`${HEADER}\r\n`);
  });
});
