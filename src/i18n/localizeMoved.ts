/**
 * `Huangli.localize` of the script-tag build `huangli.global.js` since 0.8.0: a pointer to where
 * `localize` went (`huangli-i18n.global.js`, `HuangliI18n.localize`), so that a page written for
 * 0.7 fails with the fix in its message rather than with "Huangli.localize is not a function".
 * Not exported by the package: `import { localize } from 'huangli'` is the real one. @internal
 */
export function localizeMoved(): never {
  throw new TypeError("localize: since 0.8.0 in huangli-i18n.global.js, as HuangliI18n.localize");
}
