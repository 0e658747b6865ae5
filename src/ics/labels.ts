import type { Locale } from '../i18n/localize';

/** The words of the calendar's own text, per language; the almanac's terms come from `localize`. @internal */
export const ICS_LABELS = {
  'zh-Hans': {
    calendar: '黄历', yi: '宜', ji: '忌', lunar: '农历', none: '无', colon: '：', separator: ' ', listSeparator: '、', between: ' · ',
    off: '{} 放假', workday: '{} 调休上班', offDays: '放假', workdays: '调休上班', to: ' 至 ',
  },
  'zh-Hant': {
    calendar: '黃曆', yi: '宜', ji: '忌', lunar: '農曆', none: '無', colon: '：', separator: ' ', listSeparator: '、', between: ' · ',
    off: '{} 放假', workday: '{} 調休上班', offDays: '放假', workdays: '調休上班', to: ' 至 ',
  },
  en: {
    calendar: 'Chinese almanac', yi: 'Favourable', ji: 'Avoid', lunar: 'Lunar date', none: 'none', colon: ': ', separator: ', ', listSeparator: ', ', between: ' · ',
    off: 'Day off: {}', workday: 'Make-up workday: {}', offDays: 'Days off', workdays: 'Make-up workdays', to: ' to ',
  },
} as const satisfies Record<Locale, Record<string, string>>;
