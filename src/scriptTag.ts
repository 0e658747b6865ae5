// The entry of the script-tag build `huangli.global.js`, the global `Huangli`: the root entry but
// `localize`, which is `HuangliI18n.localize` of `huangli-i18n.global.js`; `Huangli.localize`
// only says so (src/i18n/localizeMoved.ts).
export * from './core';
export { localizeMoved as localize } from './i18n/localizeMoved';
