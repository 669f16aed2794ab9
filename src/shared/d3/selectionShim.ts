/*
 * Stands in for d3-selection (vite.config.ts aliases it here). React renders every element; the
 * package is here only for d3-zoom and d3-drag, which select the chart's element or the window,
 * listen on it, keep their state in its properties and read the pointer. The package builds one
 * prototype holding every selection method (data joins, attributes, classes, text…), so none is
 * shaken out: about 13 KB minified in the page's first script, for the ten methods below.
 * Same behaviour as d3-selection 3.0 for what d3-zoom 3 and d3-drag 3 call (tested in
 * tests/shared/d3/selectionShim.test.ts and by the chart's browser tests).
 */

type Handler = (this: EventTarget, event: Event, d: unknown) => void;
type Registered = { type: string; name: string; value: Handler; listener: EventListener; options: AddEventListenerOptions | boolean | undefined };
type Target = EventTarget & { __on?: Registered[]; __data__?: unknown; style?: CSSStyleDeclaration } & Record<string, unknown>;
type EachCallback = (this: Target, d: unknown, i: number, group: Target[]) => void;

/** "wheel.zoom mousedown.zoom" → its types and names (".zoom" alone: every type of that name). */
function typenames(spec: string): { type: string; name: string }[] {
  return spec
    .trim()
    .split(/^|\s+/)
    .map((t) => {
      const i = t.indexOf('.');
      return i >= 0 ? { type: t.slice(0, i), name: t.slice(i + 1) } : { type: t, name: '' };
    });
}

class Selection {
  constructor(readonly group: Target[]) {}

  each(callback: EachCallback): this {
    this.group.forEach((node, i, group) => callback.call(node, node.__data__, i, group));
    return this;
  }

  call(callback: (selection: this, ...rest: unknown[]) => void, ...rest: unknown[]): this {
    callback(this, ...rest);
    return this;
  }

  node(): Target | null {
    return this.group[0] ?? null;
  }

  filter(match: (this: Target, d: unknown, i: number, group: Target[]) => unknown): Selection {
    return new Selection(this.group.filter((node, i, group) => match.call(node, node.__data__, i, group)));
  }

  property(name: string, value?: unknown): unknown {
    if (arguments.length < 2) return this.node()?.[name];
    return this.each(function (this: Target, ...args) {
      const v = typeof value === 'function' ? (value as (...a: unknown[]) => unknown).apply(this, args) : value;
      if (v == null) delete this[name];
      else this[name] = v;
    });
  }

  datum(): unknown {
    return this.node()?.__data__;
  }

  style(name: string, value: string): this {
    return this.each(function () {
      this.style?.setProperty(name, value);
    });
  }

  // d3-zoom's transform() interrupts transitions; this app runs none (transitionShim.ts).
  interrupt(): this {
    return this;
  }

  on(spec: string, value?: Handler | null, options?: AddEventListenerOptions | boolean): unknown {
    const types = typenames(spec);
    if (arguments.length < 2) {
      const on = this.node()?.__on ?? [];
      return on.find((o) => types.some((t) => t.type === o.type && t.name === o.name))?.value;
    }
    for (const t of types) {
      this.each(function () {
        const on = this.__on;
        if (!value) {
          if (!on) return;
          const kept = on.filter((o) => {
            const match = (!t.type || o.type === t.type) && o.name === t.name;
            if (match) this.removeEventListener(o.type, o.listener, o.options);
            return !match;
          });
          if (kept.length) this.__on = kept;
          else delete this.__on;
          return;
        }
        const listener: EventListener = function (this: Target, event) {
          value.call(this, event, this.__data__);
        };
        const same = on?.find((o) => o.type === t.type && o.name === t.name);
        if (same) {
          this.removeEventListener(same.type, same.listener, same.options);
          this.addEventListener(same.type, (same.listener = listener), (same.options = options));
          same.value = value;
          return;
        }
        this.addEventListener(t.type, listener, options);
        (this.__on ??= []).push({ type: t.type, name: t.name, value, listener, options });
      });
    }
    return this;
  }
}

/** A selection of one element or window (d3-zoom and d3-drag never select by a CSS selector). */
export function select(node: EventTarget | null): Selection {
  return new Selection(node ? [node as Target] : []);
}

type PointerEvent_ = { sourceEvent?: PointerEvent_; currentTarget?: EventTarget | null; clientX: number; clientY: number; pageX: number; pageY: number };

/** The event's position in `node`'s coordinates (an SVG element's user space, or an HTML element's box). */
export function pointer(event: PointerEvent_, node: EventTarget | null | undefined = undefined): [number, number] {
  while (event.sourceEvent) event = event.sourceEvent;
  const el = (node === undefined ? event.currentTarget : node) as (Element & { ownerSVGElement?: SVGSVGElement | null }) | null;
  if (el) {
    const svg = (el.ownerSVGElement ?? el) as Partial<SVGSVGElement>;
    if (svg.createSVGPoint) {
      const point = svg.createSVGPoint();
      point.x = event.clientX;
      point.y = event.clientY;
      const p = point.matrixTransform((el as SVGGraphicsElement).getScreenCTM()!.inverse());
      return [p.x, p.y];
    }
    if (el.getBoundingClientRect) {
      const rect = el.getBoundingClientRect();
      return [event.clientX - rect.left - el.clientLeft, event.clientY - rect.top - el.clientTop];
    }
  }
  return [event.pageX, event.pageY];
}
