// The conversion cache: a hit gives the bytes a fresh conversion gives, never the caller's own.
import { Lru, memoBytes, bytesKey } from './memo';
import { svgToPng } from './raster';

test('an LRU keeps the most recently used entries up to its size', () => {
  const lru = new Lru<number>(2);
  lru.set('a', 1);
  lru.set('b', 2);
  expect(lru.get('a')).toBe(1);
  lru.set('c', 3);
  expect(lru.get('b')).toBeUndefined();
  expect(lru.get('a')).toBe(1);
  expect(lru.size).toBe(2);
});

test('memoBytes converts once per key and hands each caller its own copy', () => {
  const cache = new Lru<Buffer | null>(4);
  let made = 0;
  const input = Buffer.from([1, 2, 3]);
  const convert = () => {
    made += 1;
    return input;
  };
  const a = memoBytes(cache, bytesKey(input), convert)!;
  a[0] = 9;
  input[1] = 9;
  const b = memoBytes(cache, bytesKey(Buffer.from([1, 2, 3])), convert)!;
  expect(made).toBe(1);
  expect([...b]).toEqual([1, 2, 3]);
  expect(memoBytes(cache, 'none', () => null)).toBeNull();
  expect(bytesKey(Buffer.from([1, 2]))).not.toBe(bytesKey(Buffer.from([2, 1])));
});

test('a chart drawn twice is the same PNG; another SVG is another PNG', () => {
  const svg = (w: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20"><rect width="${w}" height="20" fill="#c00"/></svg>`;
  const one = svgToPng(svg(30));
  const again = svgToPng(svg(30));
  expect(again.equals(one)).toBe(true);
  expect(again).not.toBe(one);
  expect(svgToPng(svg(40)).equals(one)).toBe(false);
});
