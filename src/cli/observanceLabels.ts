import type { Locale } from '../index';

/** The words of `huangli observances`, per language (the day's names come from `localize`); `{}` stands for a value. */
export const OBSERVANCE_LABELS: Readonly<Record<Locale, Readonly<Record<
  'buddhist' | 'taoist' | 'date' | 'fasts' | 'noFasts' | 'month' | 'newAndFullMoon' | 'sixDays' | 'tenDays' | 'guanYin' | 'yangGong' | 'mansion'
  | 'other' | 'days' | 'noDays' | 'sanHui' | 'sanYuan' | 'baJie' | 'wuLa' | 'baHui' | 'mingWu' | 'anWu' | 'tianShe' | 'colon' | 'list' | 'none',
  string
>>>> = {
  'zh-Hans': {
    buddhist: '佛历 {} 年 {}{}', taoist: '道历 {} 年 {}{}', date: '（{}）', fasts: '斋日', noFasts: '无', month: '斋月', newAndFullMoon: '朔望斋', sixDays: '六斋日',
    tenDays: '十斋日', guanYin: '观音斋', yangGong: '杨公忌', mansion: '宿', other: '又', days: '是日', noDays: '无',
    sanHui: '三会', sanYuan: '三元', baJie: '八节', wuLa: '五腊', baHui: '八会', mingWu: '明戊', anWu: '暗戊', tianShe: '天赦', colon: '：', list: '、', none: '无',
  },
  'zh-Hant': {
    buddhist: '佛曆 {} 年 {}{}', taoist: '道曆 {} 年 {}{}', date: '（{}）', fasts: '齋日', noFasts: '無', month: '齋月', newAndFullMoon: '朔望齋', sixDays: '六齋日',
    tenDays: '十齋日', guanYin: '觀音齋', yangGong: '楊公忌', mansion: '宿', other: '又', days: '是日', noDays: '無',
    sanHui: '三會', sanYuan: '三元', baJie: '八節', wuLa: '五臘', baHui: '八會', mingWu: '明戊', anWu: '暗戊', tianShe: '天赦', colon: '：', list: '、', none: '無',
  },
  en: {
    buddhist: 'Buddhist era {}, {}, {}', taoist: 'Taoist era {}, {}, {}', date: ' ({})', fasts: 'Fasting', noFasts: 'none', month: 'fasting month',
    newAndFullMoon: 'new or full moon fast', sixDays: 'six fasting days', tenDays: 'ten fasting days', guanYin: 'Guanyin fast', yangGong: 'Yang Gong\u2019s taboo day',
    mansion: 'Mansion', other: 'Also', days: 'The day is', noDays: 'none',
    sanHui: 'Three Assemblies', sanYuan: 'Three Origins', baJie: 'Eight Nodes', wuLa: 'Five La days', baHui: 'Eight Assemblies', mingWu: 'open wu day',
    anWu: 'hidden wu day', tianShe: 'Heavenly pardon', colon: ': ', list: ', ', none: 'none',
  },
};
