import type { Locale } from '../i18n/localize';

/** The words of the calendar's own text, per language; the almanac's terms come from `localize`. @internal */
export const ICS_LABELS = {
  'zh-Hans': {
    calendar: '黄历', yi: '宜', ji: '忌', lunar: '农历', none: '无', colon: '：', separator: ' ', listSeparator: '、', between: ' · ',
    off: '{} 放假', workday: '{} 调休上班', offDays: '放假', workdays: '调休上班', to: ' 至 ',
    newAndFullMoon: '朔望斋', sixDays: '六斋日', tenDays: '十斋日', guanYin: '观音斋',
  },
  'zh-Hant': {
    calendar: '黃曆', yi: '宜', ji: '忌', lunar: '農曆', none: '無', colon: '：', separator: ' ', listSeparator: '、', between: ' · ',
    off: '{} 放假', workday: '{} 調休上班', offDays: '放假', workdays: '調休上班', to: ' 至 ',
    newAndFullMoon: '朔望齋', sixDays: '六齋日', tenDays: '十齋日', guanYin: '觀音齋',
  },
  en: {
    calendar: 'Chinese almanac', yi: 'Favourable', ji: 'Avoid', lunar: 'Lunar date', none: 'none', colon: ': ', separator: ', ', listSeparator: ', ', between: ' · ',
    off: 'Day off: {}', workday: 'Make-up workday: {}', offDays: 'Days off', workdays: 'Make-up workdays', to: ' to ',
    newAndFullMoon: 'New or full moon fast', sixDays: 'Six fasting days', tenDays: 'Ten fasting days', guanYin: 'Guanyin fast',
  },
} as const satisfies Record<Locale, Record<string, string>>;
