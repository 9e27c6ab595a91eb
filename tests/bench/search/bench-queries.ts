/**
 * The 200 varied queries of the search benchmark: whole English words, prefixes as typed, Chinese two- and
 * four-character words, mixed English and Chinese, accented and mistyped words. Self-contained (see generate-corpus).
 */
export function benchQueries(): { text: string; kind: 'english' | 'prefix' | 'zh2' | 'zh4' | 'mixed' | 'typo' | 'accent' }[] {
  const en = ['rare', 'earth', 'export', 'magnet', 'lithium', 'cobalt', 'refining', 'quota', 'tariff', 'sanction', 'battery', 'turbine', 'graphite', 'gallium', 'germanium', 'shipment', 'customs', 'strategic', 'negotiation', 'forecast'];
  const zh2 = ['稀土', '中国', '出口', '磁铁', '冶炼', '分离', '矿山', '产量', '产能', '价格', '市场', '政府', '政策', '协议', '关税', '制裁', '加工', '金属', '合金', '电池'];
  const zh4 = ['稀土出口', '中国稀土', '出口许可', '冶炼分离', '矿山产量', '关税制裁', '市场价格', '政府政策', '金属合金', '电池汽车', '稀土磁铁', '日本稀土', '美国关税', '商务部政策', '关键矿产'];
  const typos = ['lithum', 'magnte', 'refning', 'graphitte', 'shipmnet', 'tarif'];
  const accents = ['cafe', 'zurich', 'montreal', 'naive', 'resume'];
  const out: ReturnType<typeof benchQueries> = [];
  for (let i = 0; out.length < 200; i++) {
    const r = i % 10;
    if (r === 0 || r === 1) out.push({ text: en[i % en.length]!, kind: 'english' });
    else if (r === 2) out.push({ text: en[(i * 3) % en.length]!.slice(0, 3 + (i % 3)), kind: 'prefix' });
    else if (r === 3) out.push({ text: `${en[i % en.length]} ${en[(i * 7) % en.length]!.slice(0, 4)}`, kind: 'prefix' });
    else if (r === 4 || r === 5) out.push({ text: zh2[i % zh2.length]!, kind: 'zh2' });
    else if (r === 6) out.push({ text: zh4[i % zh4.length]!, kind: 'zh4' });
    else if (r === 7) out.push({ text: `${en[i % en.length]} ${zh2[(i * 3) % zh2.length]}`, kind: 'mixed' });
    else if (r === 8) out.push({ text: typos[i % typos.length]!, kind: 'typo' });
    else out.push({ text: accents[i % accents.length]!, kind: 'accent' });
  }
  return out;
}
