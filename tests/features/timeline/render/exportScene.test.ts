import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { chartFrame } from '../../../../src/features/timeline/layout/chartFrame.ts';
import { chartLayout } from '../../../../src/features/timeline/layout/chartLayout.ts';
import { DEFAULT_CHART_THEME } from '../../../../src/features/timeline/render/chartTheme.ts';
import { exportScene, visibleRangeText, wrapWords } from '../../../../src/features/timeline/render/exportScene.ts';
import { chartWords, noInteraction, viewScene } from '../../../../src/features/timeline/render/scene.ts';
import { en } from '../../../../src/shared/i18n/catalogues/en.ts';
import { catalogue as ru } from '../../../../src/shared/i18n/catalogues/ru.ts';
import { makeFormat } from '../../../../src/shared/i18n/format.ts';
import { sceneToSvg } from '../../../../src/features/timeline/render/sceneSvg.ts';
import { textWidth } from '../../../../src/features/timeline/layout/labels.ts';
import { bundledModel, generatedModel, syntheticModel } from '../timelineFixtures.ts';

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;
const EN = makeFormat(en);
const RU = makeFormat(ru);

describe('exportScene', () => {
  const model = generatedModel(1000);
  const layout = chartLayout(chartFrame(model, model.events, 1200), zoomIdentity);
  const svg = sceneToSvg(exportScene(layout, DEFAULT_CHART_THEME, { title: 'A thousand letters', credit: 'Sources: Seed 42', t: en, f: EN }), 'A thousand letters');

  it('holds every cluster the screen draws at 1,000 events, with its count', () => {
    const onScreen = viewScene(layout, noInteraction(chartWords(en, EN)), DEFAULT_CHART_THEME).prims.filter((p) => p.k === 'circle').length;
    expect(onScreen).toBe(layout.clusters.length);
    // One circle per cluster and the approximate-date cue of the legend.
    expect(count(svg, /<circle /g)).toBe(layout.clusters.length + 1);
    for (const c of layout.clusters.filter((x) => x.count > 1).slice(0, 20)) expect(svg).toContain(`>${c.count}</text>`);
  });

  it('adds the title, the visible range, the legend and the credit line', () => {
    expect(svg).toContain('>A thousand letters</text>');
    expect(svg).toContain(`>${visibleRangeText(layout.domain, 'en-GB')}</text>`);
    for (const word of ['Letter', 'Social post', 'Milestone', 'Date within a window', 'Approximate date', 'Unconfirmed', 'Disputed', 'Reply, pointing to the event it answers']) {
      expect(svg).toContain(`>${word}</text>`);
    }
    for (const lane of layout.frame.lanes) expect(svg).toContain(`>${lane.actor.name}</text>`);
    expect(svg).toContain('>Sources: Seed 42</text>');
  });

  it('says the filters in force under the visible range, on as many lines as the width needs, and moves the chart down by them', () => {
    const bundled = bundledModel();
    const say = 'Agencies: NASA · Kinds: Letter and Statement · Search: “soyuz” · From 1 March 2022 · To 2 April 2022';
    const wideTop = (filters?: string) => {
      const scene = exportScene(chartLayout(chartFrame(bundled, bundled.events, 1200), zoomIdentity), DEFAULT_CHART_THEME, { title: 'x', filters, credit: '', t: en, f: EN });
      return { scene, height: scene.height, texts: scene.prims.flatMap((p) => (p.k === 'text' ? [p.text] : [])) };
    };
    const plain = wideTop();
    const wide = wideTop(say);
    expect(wide.texts).toContain(say);
    expect(wide.height).toBe(plain.height + 16);
    const narrow = exportScene(chartLayout(chartFrame(bundled, bundled.events, 320), zoomIdentity), DEFAULT_CHART_THEME, { title: 'x', filters: say, credit: '', t: en, f: EN });
    const { charWidth } = chartFrame(bundled, bundled.events, 320);
    const lines = wrapWords(say, 320 - 32, charWidth);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, charWidth)).toBeLessThanOrEqual(320 - 32);
    expect(lines.join(' ')).toBe(say);
    for (const line of lines) expect(narrow.prims.some((p) => p.k === 'text' && p.text === line)).toBe(true);
  });

  it("at a phone's width, wraps its title, legend and credit rather than run them past the right edge", () => {
    // Before, a Russian export at 390 px cut its title, its legend's reply cue and its credit line off.
    const bundled = bundledModel();
    const l = chartLayout(chartFrame(bundled, bundled.events, 360), zoomIdentity);
    const scene = exportScene(l, DEFAULT_CHART_THEME, { title: 'Роскосмос и партнёры по МКС: февраль — июль 2022 года (с фильтрами)', credit: 'Источники: The Hamden Journal (2 апреля 2022 г.); ТАСС; Reuters; NASA; Space.com', t: ru, f: RU });
    const texts = scene.prims.flatMap((p) => (p.k === 'text' && p.anchor === 'start' ? [p] : []));
    for (const p of texts) {
      const px = textWidth(p.text, l.frame.charWidth) * ((p.font?.size ?? 12) / 12) * (p.font?.weight === 700 ? 1.1 : 1);
      expect(p.x + px, p.text).toBeLessThanOrEqual(scene.width);
    }
    const said = texts.map((p) => p.text).join(' ');
    for (const words of ['Роскосмос и партнёры', '(с фильтрами)', ru.legend.reply, 'NASA; Space.com']) expect(said).toContain(words);
  });

  it('holds every mark of the bundled dataset, and escapes dataset text as XML', () => {
    const bundled = bundledModel();
    const l = chartLayout(chartFrame(bundled, bundled.events, 1200), zoomIdentity);
    const text = sceneToSvg(exportScene(l, DEFAULT_CHART_THEME, { title: '<script>alert(1)</script> & "x"', credit: '', t: en, f: EN }), '<b>');
    // 19 mark shapes and the six legend shapes.
    expect(count(text, /<path transform=/g)).toBe(19 + 6);
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(text).toContain('<title>&lt;b&gt;</title>');
  });

  it('writes the chart in the reader’s language: a Russian export counts thousands as «1,6к» and names a hidden event «скрыто»', () => {
    const big = generatedModel(100_000);
    const narrow = chartLayout(chartFrame(big, big.events, 400), zoomIdentity);
    const text = sceneToSvg(exportScene(narrow, DEFAULT_CHART_THEME, { title: 'Архив', credit: '', t: ru, f: RU }), 'Архив');
    const thousands = narrow.clusters.filter((c) => c.count >= 1000);
    expect(thousands.length).toBeGreaterThan(0);
    for (const c of thousands) expect(text).toContain(`>${RU.short(c.count)}</text>`);
    expect(text).toMatch(/>\d,\dк<\/text>/);
    expect(text).not.toMatch(/>[\d.]+k<\/text>/);
    for (const word of [ru.kinds.letter, ru.legend.approximate]) expect(text).toContain(`>${word}</text>`);
    const bundled = bundledModel();
    const shown = bundled.events.filter((e) => e.id !== 'rogozin-demands-letters');
    const withHidden = sceneToSvg(exportScene(chartLayout(chartFrame(bundled, shown, 1200), zoomIdentity), DEFAULT_CHART_THEME, { title: 'x', credit: '', t: ru, f: RU }), 'x');
    expect(withHidden).toContain(`>${ru.chart.hidden}</text>`);
    expect(withHidden).not.toContain(`>${en.chart.hidden}</text>`);
  });

  it("has the screen's legend: a timeline of milestones is told about milestones, not letters, windows or replies", () => {
    const milestones = syntheticModel([{ id: 'a', name: 'A' }], [
      { id: 'm1', date: '1957-10-04', from: 'a', kind: 'milestone' },
      { id: 'm2', date: '1969-07-20', from: 'a', kind: 'milestone' },
    ]);
    const svg = sceneToSvg(exportScene(chartLayout(chartFrame(milestones, milestones.events, 1200), zoomIdentity), DEFAULT_CHART_THEME, { title: 'x', credit: '', t: en, f: EN }), 'x');
    expect(svg).toContain(`>${en.kinds.milestone}</text>`);
    for (const word of [en.kinds.letter, en.legend.window, en.legend.approximate, en.legend.reply]) expect(svg).not.toContain(`>${word}</text>`);
  });

  it('lays the legend out by the width of its words in the chart’s font: a Russian word wider than the estimate still ends before the next symbol', () => {
    const bundled = bundledModel();
    const wide = (c: string) => (/[а-яё]/i.test(c) ? 9 : 6.4);
    const l = chartLayout(chartFrame(bundled, bundled.events, 1200, 'ru', 'ru', wide), zoomIdentity);
    const scene = exportScene(l, DEFAULT_CHART_THEME, { title: 'x', credit: '', t: ru, f: RU });
    // The legend's words: 11 px text in the foreground colour, from its first word (the first kind) on.
    const texts = scene.prims.filter((p): p is Extract<typeof p, { k: 'text' }> => p.k === 'text' && p.font.size === 11 && p.fill === DEFAULT_CHART_THEME.fg && p.anchor === 'start');
    const top = texts.find((p) => p.text === ru.kinds.letter)!.y;
    const words = texts.filter((p) => p.y >= top);
    expect(words.map((w) => w.text)).toContain(ru.kinds['press-report']);
    let pairs = 0;
    for (let i = 1; i < words.length; i++) {
      const [a, b] = [words[i - 1]!, words[i]!];
      if (a.y !== b.y) continue;
      // b's symbol takes the 20 px before its text.
      const end = a.x + textWidth(a.text, wide) * (11 / 12);
      expect(b.x - 20, `${a.text} / ${b.text}`).toBeGreaterThan(end);
      pairs++;
    }
    expect(pairs).toBeGreaterThan(8);
  });
});

describe('visibleRangeText', () => {
  it('says the first and last day in view', () => {
    expect(visibleRangeText([Date.UTC(2022, 2, 12, 15), Date.UTC(2022, 3, 5, 2)], 'en-GB')).toBe('12 Mar 2022 – 5 Apr 2022');
    expect(visibleRangeText([Date.UTC(2022, 2, 12, 15), Date.UTC(2022, 3, 5, 2)], 'ru')).toBe('12 мар. 2022\u00a0г. – 5 апр. 2022\u00a0г.');
  });
});
