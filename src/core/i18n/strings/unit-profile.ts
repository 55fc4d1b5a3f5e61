// Strings of the unit's profile in the report (issue #24 item 10, report/unit-profile.ts): the
// legal basis and PPID decree (2.1), the service room (2.2.1), the channels' addresses (2.2.2), the
// hours and shifts (2.2.5), an activity's date and place (2.4, 2.5), and the settings problems.
// Sentences of one item take it inline (".one"); several get a lead sentence and a list.
// biome-ignore format: a table laid out by hand, one entry per line
export const UNIT_PROFILE_STRINGS: Record<string, { id: string; en: string }> = {
  'profile.legal.one': { id: 'Tugas dan fungsi unit ditetapkan dalam {item}.', en: 'The unit\'s duties and functions are set by {item}.' },
  'profile.legal': { id: 'Tugas dan fungsi unit ditetapkan dalam peraturan berikut:', en: 'The unit\'s duties and functions are set by these regulations:' },
  'profile.decree': { id: 'Pelaksana PPID di lingkungan unit ditunjuk dengan Surat Keputusan Nomor {number}.', en: 'The unit\'s PPID staff are appointed by Decree No. {number}.' },
  'profile.decree.dated': { id: 'Pelaksana PPID di lingkungan unit ditunjuk dengan Surat Keputusan Nomor {number} tanggal {date}.', en: 'The unit\'s PPID staff are appointed by Decree No. {number} of {date}.' },
  'profile.duties.one': { id: 'Tugas PPID unit adalah {item}.', en: 'The duty of the unit\'s PPID is {item}.' },
  'profile.duties': { id: 'Menurut surat keputusan tersebut, PPID unit bertugas:', en: 'Under that decree, the unit\'s PPID is to:' },
  'profile.info.one': { id: 'Informasi yang dilayani PPID unit kepada publik adalah {item}.', en: 'The information the unit\'s PPID serves to the public is {item}.' },
  'profile.info': { id: 'Jenis informasi yang dilayani PPID unit kepada publik:', en: 'The kinds of information the unit\'s PPID serves to the public:' },
  'profile.info.item': { id: '{name}: {about}', en: '{name}: {about}' },
  'profile.room': { id: 'Ruang Layanan Informasi Publik unit berada di {room}.', en: 'The unit\'s public information service room is at {room}.' },
  'profile.hours.span': { id: 'pukul {from}–{to}', en: '{from}–{to}' },
  'profile.hours.spanZone': { id: 'pukul {from}–{to} {zone}', en: '{from}–{to} {zone}' },
  'profile.hours.office': { id: 'Permohonan dilayani pada jam kerja, {spans}.', en: 'Requests are served during office hours, {spans}.' },
  'profile.hours.shift.one': { id: 'Di ruang layanan, petugas berjaga pada {label}, {span}.', en: 'In the service room, staff are on duty during {label}, {span}.' },
  'profile.hours.shifts': { id: 'Di ruang layanan, petugas berjaga bergantian menurut jadwal berikut:', en: 'In the service room, staff take turns on this schedule:' },
  'profile.hours.item': { id: '{label}: {span}', en: '{label}: {span}' },
  'profile.addresses.one': { id: 'Permohonan melalui {channel} diterima di alamat layanan {list}.', en: 'Requests by {channel} are received at the service address {list}.' },
  'profile.addresses': { id: 'Permohonan melalui {channel} diterima di {n} alamat layanan: {list}.', en: 'Requests by {channel} are received at {n} service addresses: {list}.' },
  'profile.event.both': { id: 'Kegiatan ini berlangsung pada {date} {at}.', en: 'This activity took place on {date} {at}.' },
  'profile.event.date': { id: 'Kegiatan ini berlangsung pada {date}.', en: 'This activity took place on {date}.' },
  'profile.event.place': { id: 'Kegiatan ini berlangsung {at}.', en: 'This activity took place {at}.' },
  'profile.event.at': { id: 'di {place}', en: 'at {place}' },
  'check.settingsHeader': { id: 'Pengaturan unit yang dicetak laporan:', en: 'Unit settings the reports print:' },
  'check.settingsBlank': { id: 'Belum diisi (tampil sebagai [BELUM DIISI] di sampul dan tanda tangan): {list}.', en: 'Not filled in (shown as [BELUM DIISI] on the cover and signature): {list}.' },
  'profile.problem.lead': { id: 'Baris Pengaturan yang tidak terbaca (laporan tetap dibuat):', en: 'Settings rows that could not be read (the report was made anyway):' },
  'profile.problem.line': { id: 'Pengaturan baris {row}, kolom {column}: {message}', en: 'Settings row {row}, column {column}: {message}' },
  'profile.problem.hours.format': { id: 'Jam Layanan baris {line} ("{text}") bukan rentang jam. Tulis misalnya "08.00–15.00 WIB" atau "Shift I 09.00–11.00".', en: 'Service Hours line {line} ("{text}") is not a time span. Write e.g. "08.00–15.00 WIB" or "Shift I 09.00–11.00".' },
  'profile.problem.hours.time': { id: 'Jam Layanan baris {line} ("{text}") memuat jam yang tidak ada, atau jam selesai tidak sesudah jam mulai. Jam 00–24, menit 00–59.', en: 'Service Hours line {line} ("{text}") holds a time that does not exist, or ends no later than it starts. Hours 00–24, minutes 00–59.' },
  'profile.problem.decreeDate': { id: 'Tanggal SK PPID "{text}" bukan tanggal. Tulis misalnya 2021-01-11 atau 11/01/2021; laporan mencetaknya apa adanya.', en: 'PPID Decree Date "{text}" is not a date. Write e.g. 2021-01-11 or 11/01/2021; the report prints it as written.' },
  'profile.problem.eventDate': { id: 'Kegiatan "{title}": Tanggal "{text}" bukan tanggal. Tulis misalnya 2021-07-29 atau 29/07/2021; laporan mencetaknya apa adanya.', en: 'Activity "{title}": Date "{text}" is not a date. Write e.g. 2021-07-29 or 29/07/2021; the report prints it as written.' },
};
