/** The themeable colours: each `--_x` is the host page's `--huangli-x`, else the palette's own. */
const COLOURS = ['bg', 'fg', 'muted', 'surface', 'border', 'accent', 'good', 'bad'] as const;

interface Palette {
  readonly colours: Readonly<Record<(typeof COLOURS)[number], string>>;
  /** How much of the good/bad colour tints their soft backgrounds, in %. */
  readonly softGood: number;
  readonly softBad: number;
  readonly shadow: string;
  readonly scheme: 'light' | 'dark';
}

/** The custom properties of a palette, one declaration a line. */
function palette(p: Palette): string {
  return [
    ...COLOURS.map((name) => `--_${name}: var(--huangli-${name}, ${p.colours[name]});`),
    `--_good-soft: color-mix(in srgb, var(--_good) ${p.softGood}%, transparent);`,
    `--_bad-soft: color-mix(in srgb, var(--_bad) ${p.softBad}%, transparent);`,
    `--_shadow: ${p.shadow};`,
    `color-scheme: ${p.scheme};`,
  ].map((line) => `  ${line}\n`).join('');
}

const LIGHT = palette({
  colours: { bg: '#fffdf9', fg: '#221e1a', muted: '#7a7168', surface: '#f7f1e8', border: '#ece3d6', accent: '#b3261e', good: '#16794a', bad: '#c0392b' },
  softGood: 11,
  softBad: 10,
  shadow: '0 1px 2px rgb(60 40 20 / 6%), 0 8px 24px rgb(60 40 20 / 8%)',
  scheme: 'light',
});

/** The dark palette: used by `theme="dark"` and, without a theme, by a dark colour scheme. */
const DARK = palette({
  colours: { bg: '#18171c', fg: '#f1ece4', muted: '#a39b91', surface: '#232129', border: '#312e37', accent: '#f0766b', good: '#46c384', bad: '#ff7467' },
  softGood: 15,
  softBad: 14,
  shadow: '0 1px 2px rgb(0 0 0 / 30%), 0 10px 28px rgb(0 0 0 / 35%)',
  scheme: 'dark',
});

/**
 * The host rules every element of the widget shares: the light palette, the dark one with
 * `theme="dark"` or a dark colour scheme (unless `theme="light"`), and `hidden`. `display` is the
 * element's own declarations of `:host`.
 */
const themedHost = (display: string): string => `
:host {
${LIGHT}${display}}
:host([hidden]) { display: none; }
:host([theme="dark"]) {
${DARK}}
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light"])) {
${DARK}  }
}
`;

/** The font stacks by language (`--huangli-font` replaces them). */
const FONT_HANS = '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", system-ui, "Segoe UI", sans-serif';
const FONT_HANT = '-apple-system, BlinkMacSystemFont, "PingFang TC", "Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei", system-ui, "Segoe UI", sans-serif';
const FONT_EN = 'system-ui, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * The card's style sheet, inside its shadow root. Themeable from the host page with CSS custom
 * properties (they inherit into the shadow tree):
 *
 * `--huangli-bg`, `--huangli-fg`, `--huangli-muted`, `--huangli-surface`, `--huangli-border`,
 * `--huangli-accent`, `--huangli-good`, `--huangli-bad`, `--huangli-radius`, `--huangli-width`,
 * `--huangli-font`.
 *
 * Light by default, dark with `theme="dark"` or when the reader prefers a dark scheme (unless
 * `theme="light"`).
 */
export const CARD_CSS = `${themedHost(`  display: block;
  box-sizing: border-box;
  width: 100%;
  max-width: var(--huangli-width, 360px);
`)}* { box-sizing: border-box; }
h2, h3, p, ul { margin: 0; padding: 0; }
ul { list-style: none; }
.card {
  position: relative;
  overflow: hidden;
  background: var(--_bg);
  color: var(--_fg);
  border: 1px solid var(--_border);
  border-radius: var(--huangli-radius, 16px);
  box-shadow: var(--_shadow);
  font-family: var(--huangli-font, ${FONT_HANS});
  font-size: 14px;
  line-height: 1.5;
  -webkit-font-smoothing: antialiased;
  /* A rise and a fall (score, trend, price changes): rise-color="green" (default) or "red". */
  --_rise: var(--_good);
  --_fall: var(--_bad);
  --_rise-soft: var(--_good-soft);
  --_fall-soft: var(--_bad-soft);
}
.card[data-rise="red"] {
  --_rise: var(--_bad);
  --_fall: var(--_good);
  --_rise-soft: var(--_bad-soft);
  --_fall-soft: var(--_good-soft);
}
.card:lang(zh-Hant) {
  font-family: var(--huangli-font, ${FONT_HANT});
}
.card:lang(en) {
  font-family: var(--huangli-font, ${FONT_EN});
}
.card::before {
  content: "";
  position: absolute;
  inset: 0 0 auto 0;
  height: 4px;
  background: linear-gradient(90deg, var(--_accent), color-mix(in srgb, var(--_accent) 55%, #e0a040));
}
.head { padding: 18px 20px 14px; border-bottom: 1px solid var(--_border); }
.eyebrow {
  display: flex; align-items: center; gap: 8px;
  color: var(--_accent); font-size: 12px; font-weight: 600; letter-spacing: .08em;
}
.seal:empty::after { content: ""; width: 8px; height: 8px; border-radius: 50%; border: 2px solid var(--_bg); }
.card:lang(en) .eyebrow { text-transform: uppercase; letter-spacing: .1em; font-size: 11px; }
.seal {
  display: inline-grid; place-items: center; width: 20px; height: 20px; border-radius: 5px;
  background: var(--_accent); color: var(--_bg); font-size: 12px; font-weight: 700; letter-spacing: 0;
}
h2 { margin-top: 6px; font-size: 19px; line-height: 1.3; font-weight: 700; letter-spacing: .01em; }
.lunar { margin-top: 4px; font-size: 14px; color: var(--_fg); }
.term { margin-top: 2px; font-size: 12.5px; color: var(--_muted); }
.term b { font-weight: 600; color: var(--_fg); }
.season { margin-top: 2px; font-size: 12.5px; color: var(--_muted); }
.season b { font-weight: 600; color: var(--_fg); }
.mark { display: inline-block; margin-left: 8px; padding: 0 7px; border-radius: 6px; font-size: 12px; font-weight: 600; color: var(--_fg); background: color-mix(in srgb, var(--_muted) 16%, transparent); }
.festivals { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
.festivals li {
  padding: 2px 10px; border-radius: 999px; font-size: 12px; font-weight: 600;
  color: var(--_accent); background: color-mix(in srgb, var(--_accent) 12%, transparent);
}
/* China's statutory holidays: 休 (a day off) or 班 (a make-up workday), with the break's festivals. */
.holiday { display: flex; align-items: center; gap: 8px; margin-top: 10px; font-size: 12.5px; font-weight: 600; }
.hb {
  display: inline-grid; place-items: center; min-width: 20px; height: 20px; padding: 0 4px; border-radius: 5px;
  font-size: 12px; font-weight: 700; color: var(--_bg); background: var(--_accent);
}
.work .hb { background: var(--_muted); }
.card:lang(en) .hb { font-size: 10px; text-transform: uppercase; letter-spacing: .04em; }
h3 { font-size: 12px; font-weight: 600; color: var(--_muted); letter-spacing: .04em; }
.card:lang(en) h3 { text-transform: uppercase; letter-spacing: .08em; font-size: 11px; }
.fortune { display: grid; grid-template-columns: 118px 1fr; gap: 14px; padding: 16px 20px; background: var(--_surface); border-bottom: 1px solid var(--_border); }
.score-box { display: flex; flex-direction: column; gap: 4px; }
.score { font-size: 46px; line-height: 1; font-weight: 750; letter-spacing: -.02em; font-variant-numeric: tabular-nums; margin-top: 4px; }
.up { color: var(--_rise); }
.down { color: var(--_fall); }
.flat { color: var(--_fg); }
.gauge { position: relative; height: 6px; margin-top: 8px; border-radius: 3px; background: linear-gradient(90deg, var(--_fall), color-mix(in srgb, var(--_muted) 45%, transparent) 50%, var(--_rise)); opacity: .9; }
.gauge i { position: absolute; top: 50%; width: 12px; height: 12px; margin-left: -6px; border-radius: 50%; background: var(--_bg); border: 3px solid var(--_fg); transform: translateY(-50%); }
.scale { font-size: 11px; color: var(--_muted); font-variant-numeric: tabular-nums; }
.month-box { display: flex; flex-direction: column; gap: 2px; min-width: 0; padding-left: 14px; border-left: 1px solid var(--_border); }
.pillar { font-size: 17px; font-weight: 700; margin-top: 4px; }
.trend { align-self: flex-start; margin-top: 2px; padding: 1px 8px; border-radius: 6px; font-size: 13px; font-weight: 600; }
.trend.up { background: var(--_rise-soft); }
.trend.down { background: var(--_fall-soft); }
.trend.flat { background: color-mix(in srgb, var(--_muted) 14%, transparent); }
.elements { margin-top: 6px; font-size: 12.5px; color: var(--_muted); }
.elements b { font-weight: 600; color: var(--_fg); margin-right: 2px; }
.body { padding: 14px 20px 16px; display: flex; flex-direction: column; gap: 14px; }
.pengzu ul { margin-top: 4px; display: flex; flex-direction: column; gap: 2px; }
.pengzu li { position: relative; padding-left: 12px; font-size: 13.5px; }
.pengzu li::before { content: ""; position: absolute; left: 0; top: .62em; width: 5px; height: 5px; border-radius: 50%; background: var(--_accent); opacity: .7; }
.acts { display: grid; grid-template-columns: 30px 1fr; gap: 10px; align-items: start; }
.acts h3 {
  display: grid; place-items: center; width: 30px; height: 30px; border-radius: 8px;
  font-size: 16px; font-weight: 700; letter-spacing: 0; color: var(--_bg); text-transform: none;
}
.acts.yi h3 { background: var(--_good); }
.acts.ji h3 { background: var(--_bad); }
.card:lang(en) .acts { grid-template-columns: 1fr; gap: 6px; }
.card:lang(en) .acts h3 { width: auto; height: auto; display: block; background: none; font-size: 11px; text-transform: uppercase; letter-spacing: .08em; }
.card:lang(en) .acts.yi h3 { color: var(--_good); }
.card:lang(en) .acts.ji h3 { color: var(--_bad); }
.tags { display: flex; flex-wrap: wrap; gap: 6px; padding-top: 2px; }
.tags li { padding: 3px 9px; border-radius: 6px; font-size: 13px; line-height: 18px; border: 1px solid transparent; }
.yi .tags li { color: var(--_good); background: var(--_good-soft); border-color: color-mix(in srgb, var(--_good) 22%, transparent); }
.ji .tags li { color: var(--_bad); background: var(--_bad-soft); border-color: color-mix(in srgb, var(--_bad) 20%, transparent); }
.tags li.none { color: var(--_muted); background: none; border-color: var(--_border); }
/* Two boxes side by side where both have room, else one above the other (a narrow card, English). */
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 136px), 1fr)); gap: 10px; }
.card:lang(en) .facts { grid-template-columns: 1fr; }
/* A phrase that never breaks inside: the day clash (in English, each of its two halves). */
.nb { white-space: nowrap; }
.fact { padding: 10px 12px; border-radius: 10px; background: var(--_surface); border: 1px solid var(--_border); min-width: 0; }
.fact .value { margin-top: 2px; font-size: 14px; font-weight: 600; }
.fact .sub { font-size: 11.5px; color: var(--_muted); }
.card:lang(en) .fact .value { font-size: 13px; line-height: 1.4; }
.card:lang(en) .trend { font-size: 12.5px; }
.market { padding: 14px 20px 16px; border-top: 1px solid var(--_border); display: flex; flex-direction: column; gap: 10px; }
.fg { display: grid; grid-template-columns: 1fr auto; align-items: center; column-gap: 12px; row-gap: 6px; }
.fg-value { display: flex; align-items: baseline; gap: 8px; }
.fg-word { font-size: 15px; font-weight: 700; }
.fg-num { font-size: 22px; font-weight: 750; font-variant-numeric: tabular-nums; }
.fg .gauge { grid-column: 1 / -1; margin-top: 0; background: linear-gradient(90deg, #d64541, #e8883a 30%, #c9b13b 50%, #7dbb4f 70%, #1f9d55); }
.fg-0 { color: var(--_bad); }
.fg-1 { color: color-mix(in srgb, var(--_bad) 60%, #e8883a); }
.fg-2 { color: var(--_muted); }
.fg-3 { color: color-mix(in srgb, var(--_good) 70%, #7dbb4f); }
.fg-4 { color: var(--_good); }
.tickers { display: flex; flex-direction: column; border: 1px solid var(--_border); border-radius: 10px; overflow: hidden; }
.tickers li { display: grid; grid-template-columns: minmax(0, 1fr) auto 76px; align-items: center; gap: 10px; padding: 7px 12px; font-variant-numeric: tabular-nums; }
.tickers li + li { border-top: 1px solid var(--_border); }
.sym { font-weight: 700; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.price { text-align: right; }
.chg { justify-self: end; min-width: 68px; padding: 1px 6px; border-radius: 6px; text-align: right; font-weight: 600; font-size: 13px; }
.chg.up { background: var(--_rise-soft); }
.chg.down { background: var(--_fall-soft); }
.foot { padding: 10px 20px 14px; font-size: 11px; color: var(--_muted); border-top: 1px solid var(--_border); }
.error { padding: 20px; display: flex; gap: 12px; align-items: flex-start; }
.error .mark {
  flex: none; display: grid; place-items: center; width: 28px; height: 28px; border-radius: 50%;
  background: var(--_bad-soft); color: var(--_bad); font-weight: 800;
}
.error h2 { margin: 0; font-size: 16px; }
.error p { margin-top: 4px; font-size: 13px; color: var(--_muted); }
`;

/**
 * The style sheet of `<huangli-month>`, the month calendar: the card's palette, custom properties
 * and themes (see {@link CARD_CSS}), a calm 万年历 page that fits 320 px and grows with its
 * container (taller cells from 560 px; the card beside the grid from 780 px).
 */
export const MONTH_CSS = `${themedHost(`  display: block;
  box-sizing: border-box;
  width: 100%;
`)}
* { box-sizing: border-box; }
h2, p { margin: 0; }
.wrap { container-type: inline-size; }
.layout { display: flex; flex-direction: column; gap: 14px; align-items: stretch; }
.month {
  position: relative;
  overflow: hidden;
  padding: 18px 14px 12px;
  background: var(--_bg);
  color: var(--_fg);
  border: 1px solid var(--_border);
  border-radius: var(--huangli-radius, 16px);
  box-shadow: var(--_shadow);
  font-family: var(--huangli-font, ${FONT_HANS});
  font-size: 14px;
  line-height: 1.4;
  -webkit-font-smoothing: antialiased;
  --_rise: var(--_good);
  --_fall: var(--_bad);
}
.month[data-rise="red"] { --_rise: var(--_bad); --_fall: var(--_good); }
.month:lang(zh-Hant) { font-family: var(--huangli-font, ${FONT_HANT}); }
.month:lang(en) { font-family: var(--huangli-font, ${FONT_EN}); }
.month::before {
  content: "";
  position: absolute;
  inset: 0 0 auto 0;
  height: 4px;
  background: linear-gradient(90deg, var(--_accent), color-mix(in srgb, var(--_accent) 55%, #e0a040));
}
.head { display: flex; align-items: center; justify-content: space-between; gap: 10px; padding: 0 4px 12px; }
.titles { min-width: 0; }
h2 { font-size: 20px; line-height: 1.25; font-weight: 700; letter-spacing: .01em; font-variant-numeric: tabular-nums; }
.lunar { margin-top: 2px; font-size: 12.5px; color: var(--_muted); }
.nav { flex: none; display: flex; align-items: center; gap: 6px; }
button {
  font: inherit; color: var(--_fg); background: var(--_surface); cursor: pointer;
  height: 32px; min-width: 32px; padding: 0 10px; border: 1px solid var(--_border); border-radius: 9px;
  display: inline-grid; place-items: center; font-size: 13px; font-weight: 600;
  transition: border-color .15s, background-color .15s;
}
button:hover:not(:disabled) { border-color: color-mix(in srgb, var(--_accent) 45%, var(--_border)); }
button:disabled { opacity: .4; cursor: default; }
button:focus-visible, .cell:focus-visible { outline: 2px solid var(--_accent); outline-offset: 1px; }
.step { padding: 0; width: 32px; }
.step i { width: 8px; height: 8px; border: solid currentColor; border-width: 0 0 2px 2px; transform: translateX(2px) rotate(45deg); }
.step.next i { transform: translateX(-2px) rotate(-135deg); }
.grid { display: flex; flex-direction: column; gap: 2px; }
.row { display: grid; grid-template-columns: repeat(7, minmax(0, 1fr)); gap: 2px; }
.weekdays { padding-bottom: 4px; margin-bottom: 2px; border-bottom: 1px solid var(--_border); }
.wd { text-align: center; font-size: 12px; font-weight: 600; color: var(--_muted); padding: 2px 0 4px; }
.wd.rest { color: color-mix(in srgb, var(--_accent) 80%, var(--_muted)); }
.cell {
  position: relative;
  display: flex; flex-direction: column; align-items: center; justify-content: center;
  min-width: 0; min-height: 54px; padding: 5px 2px 9px;
  border-radius: 10px; cursor: pointer; user-select: none; -webkit-tap-highlight-color: transparent;
}
.cell:hover { background: var(--_surface); }
.cell.void { cursor: default; background: none; }
.num {
  display: grid; place-items: center; min-width: 28px; height: 26px; padding: 0 3px; border-radius: 13px;
  font-size: 17px; font-weight: 600; line-height: 1; font-variant-numeric: tabular-nums;
}
.lab {
  max-width: 100%; margin-top: 1px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
  font-size: 10.5px; line-height: 1.3; color: var(--_muted);
}
.lab-festival { color: var(--_accent); font-weight: 600; }
.lab-term { color: var(--_good); font-weight: 600; }
.lab-month { color: var(--_fg); font-weight: 600; }
/* English names are long: two lines under the number, the same height in every cell. */
.month:lang(en) .cell { justify-content: flex-start; }
.month:lang(en) .lab {
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; white-space: normal; text-align: center;
  height: 2.3em; font-size: 9.5px; line-height: 1.15; margin-top: 2px; overflow-wrap: break-word;
}
.rest .num { color: var(--_accent); }
.out { opacity: .36; }
.out:hover { opacity: .6; }
.today .num { background: var(--_accent); color: var(--_bg); }
.cell[aria-selected="true"] { background: color-mix(in srgb, var(--_accent) 9%, transparent); box-shadow: inset 0 0 0 1.5px color-mix(in srgb, var(--_accent) 70%, transparent); }
.badge {
  position: absolute; top: 2px; right: 2px; padding: 1px 2px; border-radius: 4px;
  font-size: 9px; line-height: 1.2; font-weight: 700; color: var(--_bg);
}
.badge.off { background: var(--_accent); }
.badge.work { background: var(--_muted); }
/* A narrow English cell has no room for "Off" beside the number: a dot, which the legend names. */
.month:lang(en) .badge { width: 8px; height: 8px; padding: 0; border-radius: 50%; font-size: 0; letter-spacing: .02em; text-transform: uppercase; }
.month:lang(en) .cell .badge { top: 5px; right: 5px; }
.legend .badge { position: static; font-size: 10px; padding: 1px 3px; }
.cue { position: absolute; bottom: 4px; left: 50%; width: 16px; height: 3px; margin-left: -8px; border-radius: 2px; }
.s1 { background: color-mix(in srgb, var(--_rise) 35%, transparent); }
.s2 { background: color-mix(in srgb, var(--_rise) 65%, transparent); }
.s3 { background: var(--_rise); }
.s-1 { background: color-mix(in srgb, var(--_fall) 35%, transparent); }
.s-2 { background: color-mix(in srgb, var(--_fall) 65%, transparent); }
.s-3 { background: var(--_fall); }
.s0 { background: color-mix(in srgb, var(--_muted) 30%, transparent); }
.legend { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; margin-top: 10px; padding: 10px 4px 2px; border-top: 1px solid var(--_border); font-size: 11.5px; color: var(--_muted); }
.legend span { display: inline-flex; align-items: center; gap: 5px; }
.scale { width: 56px; height: 4px; border-radius: 2px; background: linear-gradient(90deg, var(--_fall), color-mix(in srgb, var(--_muted) 30%, transparent) 50%, var(--_rise)); }
.error { display: flex; gap: 12px; align-items: flex-start; padding: 6px 4px; }
.error .mark { flex: none; display: grid; place-items: center; width: 28px; height: 28px; border-radius: 50%; background: var(--_bad-soft); color: var(--_bad); font-weight: 800; }
.error h2 { font-size: 16px; }
.error p { margin-top: 4px; font-size: 13px; color: var(--_muted); }
.side > * { max-width: none; }
/* The card's dialog scrolls where the screen is shorter than the card; its close button sits in the card's corner. */
dialog { padding: 0; border: 0; border-radius: var(--huangli-radius, 16px); background: transparent; width: min(400px, calc(100vw - 24px)); max-height: calc(100vh - 24px); overflow: auto; overscroll-behavior: contain; }
dialog::backdrop { background: rgb(20 16 12 / 45%); }
dialog > * { max-width: none; }
dialog .close { position: absolute; top: 12px; right: 12px; z-index: 1; width: 30px; height: 30px; min-width: 0; padding: 0; border-radius: 50%; background: var(--_bg); }
.close i { position: relative; width: 12px; height: 12px; }
.close i::before, .close i::after { content: ""; position: absolute; top: 5px; left: -1px; width: 14px; height: 2px; border-radius: 1px; background: currentColor; transform: rotate(45deg); }
.close i::after { transform: rotate(-45deg); }
@container (max-width: 340px) {
  .month { padding: 16px 8px 10px; }
  .cell { min-height: 50px; }
  .num { font-size: 15.5px; min-width: 25px; height: 24px; }
  .lab { font-size: 9.5px; }
  h2 { font-size: 18px; }
}
@container (min-width: 560px) {
  .month { padding: 22px 20px 14px; }
  .head { padding-bottom: 16px; }
  h2 { font-size: 24px; }
  .lunar { font-size: 13.5px; }
  .row { gap: 4px; }
  .grid { gap: 4px; }
  .wd { font-size: 13px; }
  .cell { min-height: 74px; border-radius: 12px; }
  .num { font-size: 21px; height: 32px; min-width: 34px; border-radius: 16px; }
  .lab { font-size: 12px; margin-top: 3px; }
  .badge { top: 5px; right: 5px; font-size: 11px; padding: 1px 4px; }
  .month:lang(en) .badge { width: auto; height: auto; padding: 1px 4px; border-radius: 4px; font-size: 9.5px; }
  .cue { bottom: 6px; width: 22px; margin-left: -11px; }
}
@container (min-width: 780px) {
  .layout.with-card { display: grid; grid-template-columns: minmax(0, 1fr) 360px; gap: 20px; align-items: start; }
}
`;
