import type { DetailTexts } from '../detailTexts.ts';
import type { EmbedTexts } from '../embedTexts.ts';
import type { ListTexts } from '../listTexts.ts';
import type { NoticeTexts } from '../noticeTexts.ts';
import type { OpenFileTexts } from '../openFileTexts.ts';
import type { ProblemTexts } from '../problemTexts.ts';
import type { problemDetailText } from '../problemDetailText.ts';
import { FILTERED_MARKS } from '../filteredMark.ts';
import { forms } from '../plural.ts';
import { UNTITLED_DATASET } from '../../dataset/problem.ts';

/*
 * Every word of the interface in English: the catalogue every other language copies key for key
 * (its type is the contract: a missing key fails the type check). Functions take values already
 * formatted for the language (numbers with separators, dates in words); `Plural`s are picked by
 * Intl.PluralRules, "#" standing for the number. Dataset text is never here.
 */
export const en = {
  /** How Intl writes dates, numbers and lists for this language. */
  locale: { dates: 'en-GB', numbers: 'en-US' },
  /**
   * The problems' words (problemTexts.ts). None here: the validator and the importers write their
   * problems in English, which this language shows as written; other languages give their own.
   */
  problemTexts: undefined as ProblemTexts | undefined,
  /** What writes a problem from its values in this language (problemDetailText.ts): given with the texts, so only their catalogue carries it. */
  problemDetail: undefined as typeof problemDetailText | undefined,
  /** The opened file's words that only its on-demand script shows (openFileTexts.ts). None here: English gives them there. */
  openFileTexts: undefined as OpenFileTexts | undefined,
  /** The Embed dialog's form words (embedTexts.ts). None here: English gives them there. */
  embedTexts: undefined as EmbedTexts | undefined,
  /** The detail panel's Copy link and media words (detailTexts.ts). None here: English gives them there. */
  detailTexts: undefined as DetailTexts | undefined,
  /** The list view's words (listTexts.ts). None here: English gives them there. */
  listTexts: undefined as ListTexts | undefined,
  /** The notices about the address's parameters (noticeTexts.ts). None here: English gives them there. */
  noticeTexts: undefined as NoticeTexts | undefined,
  app: {
    name: 'Correspondence timeline',
    /** A file from this computer on its way: its progress, and the tab's title while a reload opens it again. */
    opening: (name: string) => `Opening ${name}…`,
    /** A file of the view come back to by Back or Forward, looked for where it was kept (it may have been closed, or not kept). */
    lookingFor: (name: string) => `Looking for ${name} in this browser…`,
    language: 'Language',
    more: 'More',
    less: 'Less',
    dismiss: 'Dismiss',
    andMore: (n: string) => `and ${n} more`,
    dataFrom: (where: string) => `Data from ${where}`,
    /** Before the dataset's credit ("Sources: The Hamden Journal; TASS"), which may be in another language. */
    creditLabel: 'Sources',
    /** An embed's credit line cut to fit a short frame: its "More" button, named in full (EmbedCredit.tsx). */
    moreCredit: 'More about the sources',
    openFullView: 'Open full view',
    newTab: '(opens in a new tab)',
    regionFailed: (region: string) => `Sorry, ${region} could not be shown.`,
    reloadView: 'Reload this view',
    regions: { chart: 'the chart', list: 'the list', panel: "the event's details", filters: 'the filters', view: 'this view', problems: 'the list of problems' },
    loadingPart: (part: string) => `Loading ${part}…`,
  },
  dates: {
    around: (date: string) => `around ${date}`,
    between: (start: string, end: string) => `between ${start} and ${end}`,
    dateTime: (date: string, time: string, zone: string) => `${date}, ${time} ${zone}`,
    precision: {
      year: 'known to the year',
      month: 'known to the month',
      day: 'known to the day',
      minute: 'known to the minute',
      second: 'known to the second',
      window: 'exact day unknown',
    },
    approximate: (precision: string) => `${precision}, approximate`,
  },
  kinds: { letter: 'Letter', 'social-post': 'Social post', statement: 'Statement', 'press-report': 'Press report', sanction: 'Sanction', milestone: 'Milestone' },
  kindsPlural: {
    letter: forms({ one: '# letter', other: '# letters' }),
    'social-post': forms({ one: '# social post', other: '# social posts' }),
    statement: forms({ one: '# statement', other: '# statements' }),
    'press-report': forms({ one: '# press report', other: '# press reports' }),
    sanction: forms({ one: '# sanction', other: '# sanctions' }),
    milestone: forms({ one: '# milestone', other: '# milestones' }),
  },
  status: { confirmed: 'Confirmed', unconfirmed: 'Unconfirmed', disputed: 'Disputed' },
  events: forms({ one: '# event', other: '# events' }),
  view: { label: 'View', chart: 'Timeline', list: 'List' },
  filters: {
    label: 'Filters',
    agencies: 'Agencies',
    /** In place of "Agencies" where no event has a recipient (lanesAreGroups): a TimelineJS file's groups. */
    groups: 'Groups',
    role: 'Agency role',
    roles: { involving: 'involving', sent: 'sent by', received: 'received by' },
    kinds: 'Kinds',
    search: 'Search',
    searchPlaceholder: 'Words in titles, summaries, quotes',
    from: 'From',
    to: 'To',
    // `total` is the bare count; `totalEvents` the count with its noun ("1 event", "19 events").
    showing: (shown: string, _total: string, totalEvents: string) => `Showing ${shown} of ${totalEvents}`,
    /** Said (not shown) when a dataset is shown and as filters change: `shown` and `total` are bare counts. */
    shownNow: (shown: string, total: string) => `Events shown: ${shown} of ${total}.`,
    clear: 'Clear filters',
    /** Shown only while it has the keyboard focus: past the filters' many stops to the view's switch. */
    skip: 'Skip the filters',
    chip: (name: string, events: string) => `${name}, ${events}`,
    folded: (active: string | null, shown: string, _total: string, totalEvents: string) => `Filters${active ? ` (${active} active)` : ''} · ${shown} of ${totalEvents}`,
    showEvents: (events: string) => `Show ${events}`,
    none: 'No events match these filters.',
    /** The search as the printed page says it (activeFilters.ts). */
    quoted: (q: string) => `“${q}”`,
  },
  chart: {
    region: 'Timeline',
    zoom: 'Zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitAll: 'Fit all',
    zoomInTitle: 'Zoom in (+)',
    zoomOutTitle: 'Zoom out (−)',
    fitAllTitle: 'Fit all (0)',
    name: (title: string, events: string, lanes: string, groups: boolean) => `${title}: ${events} in ${lanes}, one per ${groups ? 'group' : 'sender'}`,
    lanes: forms({ one: '# lane', other: '# lanes' }),
    units: { years: 'years', months: 'months', days: 'days', hours: 'hours' },
    /** What the chart's hint says as the reader zooms and pans (a live region); its instructions, `hint…`, are not said again. */
    axis: (unit: string) => `Axis in ${unit}.`,
    axisGrouped: (unit: string, events: string) => `Axis in ${unit}. ${events} in view, grouped.`,
    hintGrouped: 'Click a group or zoom in to see them one by one.',
    hint: 'Scroll or pinch to zoom, drag to pan; arrow keys move between events.',
    modifierHint: 'Use Ctrl + scroll (⌘ + scroll on a Mac) or the buttons to zoom',
    clusterClick: 'Click to zoom in',
    /** At the deepest zoom, where a group cannot be split any further. */
    clusterOpen: 'Click to open the first; Next goes through the rest',
    hidden: 'hidden',
    /** A cluster's count in thousands, short enough for its circle: "1.3k", "12k" ("#" is the number). */
    thousands: '#k',
    /** A mark's accessible name: its title first. */
    markName: (title: string, date: string, from: string, to: string | null, kind: string, status: string | null, replies: string | null) =>
      `${title}, ${date}, from ${from}${to ? ` to ${to}` : ''}, ${kind}${status ? `, ${status}` : ''}${replies ? `, ${replies}` : ''}`,
    inReplyTo: forms({ one: 'in reply to # event', other: 'in reply to # events' }),
  },
  overview: {
    label: (from: string, to: string) => `Overview of the whole range; showing ${from} to ${to}`,
    window: 'Visible window',
    start: 'Start of visible window',
    end: 'End of visible window',
    range: (from: string, to: string) => `${from} to ${to}`,
  },
  legend: {
    label: 'Legend',
    kinds: 'Kinds',
    senders: 'Senders',
    groups: 'Groups',
    certainty: 'Certainty',
    window: 'Date within a window',
    approximate: 'Approximate date',
    unconfirmed: 'Unconfirmed',
    disputed: 'Disputed',
    reply: 'Reply, pointing to the event it answers',
  },
  exports: {
    /** The formats' names, as the buttons show them. */
    formats: { csv: 'CSV', json: 'JSON', svg: 'SVG', png: 'PNG' },
    download: 'Download',
    csv: 'Download shown events as CSV',
    json: 'Download shown events as JSON',
    svg: 'Download chart as SVG',
    png: 'Download chart as PNG',
    /** While a download is made (a second or more at 100,000 events); then done or failed. */
    preparing: (what: string) => `Preparing the ${what}…`,
    done: (what: string) => `${what} downloaded.`,
    failed: (what: string, why: string) => `${what} could not be made: ${why}`,
    unknownError: 'unknown error',
    /** After "JSON downloaded.": the reply links a download of some events had to leave out. */
    repliesLeftOut: forms({ one: '# reply link to an event not shown was left out, so that the file stands on its own.', other: '# reply links to events not shown were left out, so that the file stands on its own.' }),
    chartNotShown: 'the chart is not shown',
    /** Beside SVG and PNG in the List view, where they are off: why, and where they are on. */
    chartOnly: 'SVG and PNG: in the Timeline view',
    filteredTitle: (title: string) => `${title}${FILTERED_MARKS.en}`,
  },
  embed: {
    button: 'Embed',
    heading: 'Embed this view',
    emptyView: 'This view shows no events, so the embedded timeline would open on none: change the filters first.',
  },
  dataset: {
    /** What a dataset whose own title cannot be used is called (its title in the data is UNTITLED_DATASET). */
    untitled: UNTITLED_DATASET,
    loading: (from: string | null) => (from ? `Loading the dataset (from ${from})…` : 'Loading the dataset…'),
    received: (amount: string) => `${amount} received`,
    checking: 'Checking the events…',
    checkingEvents: (checked: string, total: string) => `Checking the events: ${checked} of ${total}`,
    couldNotLoad: 'The dataset could not be loaded',
    retry: 'Retry',
    openBundled: 'Open the bundled dataset',
    bundled: 'Bundled dataset',
    problemsLabel: 'Problems in the dataset',
    problemsInFile: 'Problems in the file',
    /** Reads an opened spreadsheet again with its ambiguous dates (03/04/2022) the other way round. */
    readDates: (order: string) => `Read the dates ${order}`,
    /** How a spreadsheet's 03/04/2022 was read (DateOrder in src/shared/import/cellDate.ts). */
    dateOrders: { dmy: 'day first', mdy: 'month first' },
    /** Places in a spreadsheet, as problems name them (src/shared/import/location.ts writes them in English). */
    places: { file: '(file)', row: (n: string) => `row ${n}`, cell: (n: string, column: string) => `row ${n}, column "${column}"` },
    problems: forms({ one: '# problem', other: '# problems' }),
    leftOut: (dropped: string, total: string) => `${dropped} of ${total} events ${dropped === '1' ? 'was' : 'were'} left out because of problems in the file.`,
    allShown: (problems: string) => `The file has ${problems}; every event is shown.`,
    /** leftOut and allShown in one line of a 300-pixel embed, beside `details`. */
    leftOutShort: (dropped: string, total: string) => `${dropped} of ${total} events left out.`,
    allShownShort: (problems: string) => `${problems} in the file.`,
    details: 'Details',
    showDetails: 'Show details',
    hideDetails: 'Hide details',
    invalidAddress: (value: string) => `data: ${value} is not a valid address`,
    refused: (value: string, reason: string) => `data: ${value} was refused: ${reason}`,
    notAnAddress: 'it is not a valid address',
    onlyHttps: 'only https addresses or paths on this site can be loaded',
    onlyFrom: (origins: string) => `this site only loads data from ${origins}`,
  },
  /** Why a dataset could not be loaded (LoadFailure in src/features/dataset/datasetError.ts). */
  loadErrors: {
    notFound: (status: string) => `The dataset was not found (HTTP ${status}).`,
    server: (status: string) => `The server could not send the dataset (HTTP ${status}).`,
    timeout: (seconds: string) => `The dataset did not arrive within ${seconds} seconds.`,
    tooLarge: (megabytes: string) => `The dataset is larger than ${megabytes} MB.`,
    fileTooLarge: (megabytes: string) => `The file is larger than ${megabytes} MB.`,
    notRead: (problem: string) => `The file cannot be read: it ${problem}.`,
    fileChanged: 'The file changed while it was being read: open it again.',
    noImporter: 'The app could not load its reader for spreadsheets and TimelineJS files.',
    cors: (host: string) => `The dataset could not be read: the server at ${host} does not allow other sites to load it (CORS), or cannot be reached.`,
    redirectRefused: (to: string, reason: string) => `The address redirected to ${to}, which was refused: ${reason}.`,
    cspRefused: "The dataset's address, or an address it redirected to, was refused: this site's Content-Security-Policy does not allow loading data from there.",
    html: 'The address returned a web page, not a CSV or JSON file (a sign-in or error page, or a page that shows the file): give the address of the file itself.',
    cutOff: 'The dataset is cut off before the end.',
    closedEarly: 'The dataset is cut off before the end: the connection closed early.',
    offline: 'You appear to be offline.',
    cancelled: 'Loading was cancelled.',
    readFailed: 'Reading the dataset failed.',
    noReader: 'The app could not load its data reader.',
    unreachable: 'The server could not be reached.',
    redirectFailed: 'The address redirected to one that cannot be loaded: a data:, javascript: or other address that is not a web one is refused.',
    /** `problem`: as the validator writes it, which may start with its verb (`is empty`): then said of the file. */
    notADataset: (problem: string) => `The file is not a dataset: ${problem.startsWith('is ') ? `it ${problem}` : problem}.`,
    invalid: (problem: string) => `The dataset cannot be shown: ${problem}.`,
    invalidMore: (problem: string, more: string) => `The dataset cannot be shown: ${problem} (and ${more} more problem${more === '1' ? '' : 's'}).`,
    unreadable: 'unreadable',
    unknown: 'Something went wrong while loading the dataset.',
    /** Under the message on the full page (not in an embed, whose readers cannot act on it): what the dataset's author can do next. */
    next: {
      notFound: 'Check the address: the file may have been moved, renamed or made private.',
      server: 'This is usually brief: try again in a minute.',
      cors: 'Put the file where other sites may read it (GitHub Pages, a raw GitHub address, a Google Sheet published as CSV), or download it and open it here with "Open a file".',
      unreachable: 'Check the address for a typo, and your connection.',
      timeout: 'The server may be slow or the file very large: try again, or download it and open it here with "Open a file".',
    },
  },
  openFile: {
    button: 'Open a file',
    /** The drop overlay: what to do, and what happens to the file. */
    dropHere: 'Drop the file to open it',
    dropDetail: 'A spreadsheet (CSV) or JSON: ours, or a TimelineJS file. It is read on this computer and not uploaded.',
    /** Announced (politely) when a file is dragged over the page. */
    dragging: 'A file is over the page: drop it to open it here.',
    read: (read: string, total: string) => `${read} of ${total} read`,
    /** The footer's line for authors: the link's text between `before` and `after`; `file`, in public/, written by npm run data:csv. */
    template: {
      before: 'To make your own timeline, ',
      link: 'download the template (CSV)',
      after: ', fill it in with a spreadsheet app and open it here with "Open a file". TimelineJS files open too.',
      file: 'template.csv',
    },
  },
};

export type Messages = typeof en;
