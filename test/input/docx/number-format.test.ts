/** List counters in Word's number formats, as Word shows them. */
import * as assert from 'node:assert/strict';
import { formatNumber } from '../../../server/src/input/docx/number-format';

const series = (fmt: string, ns: number[]) => ns.map((n) => formatNumber(n, fmt));

describe('Word number formats', () => {
  it('chineseCounting: 一 … 十, 十一, 二十, 九十九, then digit by digit', () => {
    assert.deepEqual(series('chineseCounting', [1, 2, 9, 10, 11, 19, 20, 21, 99, 100, 101, 2025]), ['一', '二', '九', '十', '十一', '十九', '二十', '二十一', '九十九', '一〇〇', '一〇一', '二〇二五']);
  });

  it('chineseCountingThousand: 百, 千 and 万 spelled, internal zeros as 〇', () => {
    assert.deepEqual(series('chineseCountingThousand', [10, 15, 100, 101, 110, 111, 1000, 1010, 10000, 10001]), ['十', '十五', '一百', '一百〇一', '一百一十', '一百一十一', '一千', '一千〇一十', '一万', '一万〇一']);
  });

  it('legal numerals, digits, stems and branches', () => {
    assert.deepEqual(series('chineseLegalSimplified', [1, 10, 12, 105]), ['壹', '壹拾', '壹拾贰', '壹佰零伍']);
    assert.deepEqual(series('ideographDigital', [7, 10, 305]), ['七', '一〇', '三〇五']);
    assert.deepEqual(series('ideographTraditional', [1, 2, 10, 11]), ['甲', '乙', '癸', '甲']);
    assert.deepEqual(series('ideographZodiac', [1, 12, 13]), ['子', '亥', '子']);
  });

  it('enclosed and full-width numbers; past what the characters cover, decimal', () => {
    assert.deepEqual(series('decimalEnclosedCircle', [1, 10, 20, 21, 50, 51]), ['①', '⑩', '⑳', '㉑', '㊿', '51']);
    assert.deepEqual(series('decimalEnclosedCircleChinese', [3]), ['③']);
    assert.deepEqual(series('decimalEnclosedParen', [1, 20, 21]), ['⑴', '⒇', '(21)']);
    assert.deepEqual(series('decimalEnclosedFullstop', [1, 21]), ['⒈', '21.']);
    assert.deepEqual(series('ideographEnclosedCircle', [1, 10, 11]), ['㈠', '㈩', '11']);
    assert.deepEqual(series('decimalFullWidth', [1, 12]), ['１', '１２']);
  });

  it('Latin formats, and decimal for what is unknown', () => {
    assert.deepEqual(series('decimal', [1, 12]), ['1', '12']);
    assert.deepEqual(series('decimalZero', [3, 12]), ['03', '12']);
    assert.deepEqual(series('upperLetter', [1, 26, 27]), ['A', 'Z', 'AA']);
    assert.deepEqual(series('lowerRoman', [4, 9, 14]), ['iv', 'ix', 'xiv']);
    assert.deepEqual(series('cardinalText', [3]), ['3']);
    assert.deepEqual(series('none', [3]), ['']);
    // A hostile start value does not make a huge label.
    assert.ok(formatNumber(2_000_000_000, 'upperLetter').length < 12);
  });
});
