import type { Locale } from '../index';

/** The words of `huangli year`'s page, per language (the year's terms come from `localize`); `{}` stands for a value. */
export const YEAR_LABELS: Readonly<Record<Locale, Readonly<Record<
  'title' | 'span' | 'leap' | 'noLeap' | 'days' | 'nineStar' | 'taiSui' | 'xiShen' | 'fuShen' | 'caiShen' | 'yangGuiShen' | 'yinGuiShen' | 'zaoMaTou' | 'colon' | 'separator',
  string
>>>> = {
  'zh-Hans': {
    title: '农历 {} 年 {}年（{}）', span: '正月初一 {}，全年 {} 天，{}', leap: '{}', noLeap: '无闰月', days: '{}天',
    nineStar: '年九星', taiSui: '太岁', xiShen: '喜神', fuShen: '福神', caiShen: '财神', yangGuiShen: '阳贵神', yinGuiShen: '阴贵神',
    zaoMaTou: '灶马头', colon: '：', separator: '  ',
  },
  'zh-Hant': {
    title: '農曆 {} 年 {}年（{}）', span: '正月初一 {}，全年 {} 天，{}', leap: '{}', noLeap: '無閏月', days: '{}天',
    nineStar: '年九星', taiSui: '太歲', xiShen: '喜神', fuShen: '福神', caiShen: '財神', yangGuiShen: '陽貴神', yinGuiShen: '陰貴神',
    zaoMaTou: '灶馬頭', colon: '：', separator: '  ',
  },
  en: {
    title: 'Lunar year {}: {} ({})', span: 'Begins {}, {} days, {}', leap: 'with a {}', noLeap: 'no leap month', days: '{} days',
    nineStar: 'Flying star', taiSui: 'Tai Sui', xiShen: 'Joy', fuShen: 'Fortune', caiShen: 'Wealth', yangGuiShen: 'Day noble', yinGuiShen: 'Night noble',
    zaoMaTou: 'Kitchen god\u2019s counts', colon: ': ', separator: '; ',
  },
};
