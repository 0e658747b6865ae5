// The entry of the script-tag build `huangli-i18n.global.js`, the global `HuangliI18n`:
// `HuangliI18n.localize(Huangli.almanac(date), 'en')`. It carries the glossaries (English, and the
// Traditional characters) that `huangli.global.js` leaves out; the two meet only as data.
export { localize } from './localize';
