import { setup } from './testkit';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function recap() {
  const ctx = setup();
  ctx.sheet.getRange('A1:C4').setValues([
    ['Kategori', 'Jumlah', 'Persen'],
    ['Perseorangan', 10, 0.67],
    ['Kelompok Orang', 2, 0.13],
    ['Badan Hukum', 3, 0.2],
  ]);
  return ctx;
}

describe('embedded charts', () => {
  test('a pie chart is built, inserted and described by its getters', () => {
    const { Charts, sheet } = recap();
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.PIE)
      .addRange(sheet.getRange('A1:B4'))
      .setPosition(2, 5, 10, 4)
      .setOption('title', 'Pemohon per Kategori')
      .setOption('pieHole', 0.4)
      .setNumHeaders(1)
      .build();
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect(stored.getChartId()).toEqual(expect.any(Number));
    expect(stored.getOptions().get('title')).toBe('Pemohon per Kategori');
    expect(stored.getOptions().get('pieHole')).toBe(0.4);
    expect(stored.getOptions().get('legend')).toBeNull();
    const info = stored.getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([2, 5, 10, 4]);
    expect(stored.getRanges().map((r: { getA1Notation(): string }) => r.getA1Notation())).toEqual(['A1:B4']);
    expect(stored._data()).toMatchObject({
      type: 'pie',
      title: 'Pemohon per Kategori',
      categories: ['Perseorangan', 'Kelompok Orang', 'Badan Hukum'],
      series: [{ name: 'Jumlah', values: [10, 2, 3] }],
    });
  });

  test('getAs("image/png") and getBlob() return a real PNG', () => {
    const { Charts, sheet } = recap();
    sheet.insertChart(
      sheet
        .newChart()
        .asColumnChart()
        .addRange(sheet.getRange('A1:B4'))
        .setPosition(1, 5, 0, 0)
        .setOption('title', 'Per Kategori')
        .build(),
    );
    const chart = sheet.getCharts()[0];
    const blob = chart.getAs('image/png');
    const bytes = blob._bytes as Buffer;
    expect(blob.getContentType()).toBe('image/png');
    expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(bytes.length).toBeGreaterThan(2000);
    expect(chart.getBlob().getName()).toBe('Per Kategori.png');
    expect(Charts.ChartType.COLUMN.name()).toBe('COLUMN');
  });

  test('header detection, several series and updates through modify()', () => {
    const { Charts, sheet } = recap();
    sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.BAR).addRange(sheet.getRange('A1:C4')).build());
    const chart = sheet.getCharts()[0];
    expect(chart._data().series.map((s: { name: string }) => s.name)).toEqual(['Jumlah', 'Persen']);
    const updated = chart
      .modify()
      .setChartType(Charts.ChartType.PIE)
      .clearRanges()
      .addRange(sheet.getRange('A2:B4'))
      .setOption('title', 'Baru')
      .build();
    sheet.updateChart(updated);
    const [again] = sheet.getCharts();
    expect(again.getChartId()).toBe(chart.getChartId());
    expect(again._data()).toMatchObject({
      type: 'pie',
      categories: ['Perseorangan', 'Kelompok Orang', 'Badan Hukum'],
      series: [{ values: [10, 2, 3] }],
    });
    sheet.removeChart(again);
    expect(sheet.getCharts()).toEqual([]);
  });

  test('chart ranges follow formula results', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B3').setValues([
      ['Saluran', 'Jumlah'],
      ['Email', '=2+3'],
      ['Surat', '=1'],
    ]);
    sheet.insertChart(sheet.newChart().asPieChart().addRange(sheet.getRange('A1:B3')).build());
    expect(sheet.getCharts()[0]._data().series[0].values).toEqual([5, 1]);
  });
});
