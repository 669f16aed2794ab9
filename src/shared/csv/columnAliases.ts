/*
 * Other names the spreadsheet reader accepts for our columns (datasetColumns.ts), written once:
 * a journalist's sheet may head its columns in Russian (`дата`, `тип`, `от`, `кому`, `заголовок`,
 * `описание`, `источник 1 ссылка`…) and its metadata rows (`#заголовок`, `#язык`…). Each alias maps to the English header it stands for; they
 * are compared as every header is (foldHeader: case, spaces, `_`, `-` and ё/е do not count).
 * The writer keeps the English names; an alias listed first is the Russian name, as public/template.ru.csv
 * heads its columns and rows (scripts/templateDataset.ts) and as a message names a column a Russian sheet lacks.
 */

/** An event column's other names → its header in EVENT_COLUMNS. */
export const EVENT_COLUMN_ALIASES: Readonly<Record<string, readonly string[]>> = {
  id: ['идентификатор', 'ид'],
  date: ['дата', 'дата начала', 'дата события', 'date of event', 'event date', 'start date'],
  'date end': ['дата окончания', 'дата конца', 'окончание', 'дата завершения', 'end date'],
  approximate: ['приблизительно', 'примерно', 'приблизительная дата'],
  'date note': ['примечание к дате', 'комментарий к дате'],
  'time zone': ['часовой пояс'],
  kind: ['тип', 'вид', 'тип события', 'вид события', 'event type'],
  from: ['от', 'отправитель', 'от кого', 'sender'],
  to: ['кому', 'получатель', 'получатели', 'адресат', 'адресаты', 'кому адресовано', 'recipient', 'recipients'],
  author: ['автор'],
  title: ['заголовок', 'название', 'заголовок события', 'событие'],
  summary: ['описание', 'содержание', 'краткое описание', 'description'],
  'in reply to': ['в ответ на', 'ответ на'],
  verification: ['проверка', 'статус проверки'],
  'verification note': ['примечание к проверке', 'комментарий к проверке'],
  tags: ['теги', 'метки'],
};

/**
 * Headers of a column that numbers the rows, as Russian tables often have one (`№`, `№ п/п`: "number
 * in order"). In a sheet without an id column its numbers are the events' ids (so `в ответ на` may
 * name a row by its number); beside one, it is said and not read (datasetCsvHeader.ts). `№` folds
 * to `no` (foldHeader's NFKC), so an English `No` is one too.
 */
export const ROW_NUMBER_COLUMNS: readonly string[] = ['№', '№ п/п', 'п/п', 'номер', 'номер п/п', 'no.', 'nr.'];

/** A numbered group's other label (`источник 1 …`) → its label in COLUMN_GROUPS. */
export const GROUP_LABEL_ALIASES: Readonly<Record<string, readonly string[]>> = {
  quote: ['цитата'],
  source: ['источник'],
  media: ['медиа', 'иллюстрация'],
};

/** A numbered group's field's other names (after the number: `источник 1 ссылка`) → its header in COLUMN_GROUPS. */
export const GROUP_FIELD_ALIASES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  quote: {
    text: ['текст'],
    lang: ['язык'],
    speaker: ['кто сказал', 'говорящий', 'автор'],
    translation: ['перевод'],
    'translation lang': ['язык перевода'],
    'translated by': ['переводчик', 'перевёл', 'перевод выполнил'],
  },
  source: {
    title: ['название', 'заголовок'],
    publisher: ['издание', 'издатель', 'сми'],
    url: ['ссылка', 'адрес'],
    date: ['дата'],
  },
  media: {
    kind: ['тип', 'вид'],
    url: ['ссылка', 'адрес'],
    caption: ['подпись'],
    credit: ['автор', 'источник'],
    alt: ['альтернативный текст', 'замещающий текст'],
  },
};

/** An `#actors` column's other names → its header in ACTOR_COLUMNS. */
export const ACTOR_COLUMN_ALIASES: Readonly<Record<string, readonly string[]>> = {
  id: ['идентификатор', 'ид'],
  name: ['имя', 'название'],
  'full name': ['полное название', 'полное имя'],
  country: ['страна'],
  leader: ['руководитель', 'глава'],
  color: ['цвет'],
};

/**
 * TimelineJS's template columns (timelinejs/fromCsv.ts) as a journalist may translate them into
 * Russian → the English header each stands for (a media item's caption and alt text named as in our
 * own columns). TimelineJS itself reads only the English ones.
 */
export const TIMELINEJS_COLUMN_ALIASES: Readonly<Record<string, readonly string[]>> = {
  Year: ['год', 'год начала'],
  Month: ['месяц', 'месяц начала'],
  Day: ['день', 'число', 'день начала'],
  Time: ['время', 'время начала'],
  'End Year': ['год окончания', 'конечный год', 'год конца'],
  'End Month': ['месяц окончания', 'конечный месяц', 'месяц конца'],
  'End Day': ['день окончания', 'конечный день', 'день конца'],
  'End Time': ['время окончания', 'конечное время', 'время конца'],
  'Display Date': ['отображаемая дата', 'дата отображения', 'дата для отображения', 'показываемая дата', 'дата для показа', 'дата текстом'],
  Headline: ['заголовок'],
  Text: ['текст'],
  Media: ['медиа', 'медиафайл'],
  'Media Credit': ['автор медиа', 'источник медиа', 'авторство медиа', 'кредит медиа'],
  'Media Caption': ['подпись к медиа', 'подпись медиа', ...GROUP_FIELD_ALIASES.media!.caption!],
  'Media Thumbnail': ['миниатюра медиа', 'миниатюра'],
  Type: ['тип'],
  Group: ['группа'],
  Background: ['фон'],
  'Alt Text': GROUP_FIELD_ALIASES.media!.alt!,
};

/** TimelineJS's Type words (timelinejs/fromCsv.ts) as a journalist may write them in Russian → the word each stands for. */
export const TIMELINEJS_TYPE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  title: ['титул', 'заголовок'],
  era: ['эпоха', 'период'],
};

/**
 * A column that names a source without its number or field (`source`, `ссылка`): read as the
 * sheet's next source, its address as the url, other text as the title (datasetCsvHeader.ts).
 */
export const LONE_SOURCE_COLUMNS: readonly string[] = ['source', 'link', 'url', 'источник', 'ссылка'];

/**
 * A metadata row's other first cells (`#заголовок`) → its first cell in META_ROWS or
 * DATASET_TRANSLATION_ROWS (`#title`, `#translated by` of a `#translated by [ru]` row).
 */
export const META_ROW_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '#title': ['#заголовок', '#название'],
  '#description': ['#описание'],
  '#credit': ['#источники', '#источник', '#авторство'],
  '#lang': ['#язык'],
  '#actors': ['#участники', '#актёры'],
  '#actor': ['#участник', '#актёр'],
  '#translated by': ['#перевод выполнил', '#переводчик', '#перевёл'],
};

/** The header an alias stands for, or the header itself: each of `aliases`' names folded by `fold`. */
export function aliasResolver(aliases: Readonly<Record<string, readonly string[]>>, fold: (s: string) => string): (header: string) => string {
  const byFolded = new Map<string, string>();
  for (const [canonical, names] of Object.entries(aliases)) for (const n of names) byFolded.set(fold(n), canonical);
  return (header) => byFolded.get(fold(header)) ?? header;
}
