// One line of the report command's summary: a channel's requests, by applicant type when the
// register records it. A register without Kategori Pemohon (the Perki SLIP form) gets
// "Email: 2", never "Email: 2 ()".
export interface ChannelCount {
  channel: string;
  total: number;
  byApplicantType: Record<string, number>;
}

export function channelLine(c: ChannelCount): string {
  const types = Object.entries(c.byApplicantType)
    .filter(([, n]) => n)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return `  ${c.channel}: ${c.total}${types ? ` (${types})` : ''}`;
}
