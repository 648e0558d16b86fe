// The three article pages of the extension tests (tests/fixtures/pages: one
// made-up event, each page with navigation, ads, related stories and a cookie
// banner), what each one says, and a loopback server for them.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';

export const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');

/** The fixture tabs: file, the title and site the panel should credit. */
export const TABS = {
  herald: { file: 'harbour-herald.html', title: 'Ferry runs aground off Kestrel Point', site: 'Harbour Herald' },
  coast: { file: 'coastline-daily.html', title: 'Passengers rescued as Northern Star ferry grounds', site: 'Coastline Daily' },
  bay: { file: 'bay-courier.html', title: 'Steering failure blamed as ferry hits sandbank', site: 'Bay Courier' },
};

/** Every article sentence of the fixtures, by fact, with the tabs that state it. */
export const FACTS = [
  {
    fact: 'grounding',
    tabs: ['herald', 'coast', 'bay'],
    // The tabs "reported by" counts: the Bay Courier's account differs in its
    // day and head count, so it is related (a ≠ in the grid), not a credit.
    credited: ['herald', 'coast'],
    conflict: ['Saturday', 'Friday'],
    versions: {
      herald: 'The passenger ferry Northern Star ran aground on a sandbank off Kestrel Point early on Saturday with 212 people on board.',
      coast: 'The Northern Star ferry ran aground off Kestrel Point on Saturday morning with 212 people on board.',
      bay: 'The ferry Northern Star ran aground off Kestrel Point late on Friday with 240 people on board.',
    },
  },
  {
    fact: 'rescue',
    tabs: ['herald', 'coast'],
    versions: {
      herald: 'Lifeboat crews took every passenger off the ship within three hours, and nobody was seriously hurt.',
      coast: 'Every passenger was taken off the ship by lifeboat crews within three hours, and no one was seriously hurt.',
    },
  },
  {
    fact: 'steering',
    tabs: ['herald', 'bay'],
    versions: {
      herald: 'The coastguard said the captain had reported a steering failure minutes before the ferry hit the sandbank.',
      bay: 'According to the coastguard, the captain reported a steering failure minutes before the ferry struck the sandbank.',
    },
  },
  {
    fact: 'investigation',
    tabs: ['herald', 'coast', 'bay'],
    versions: {
      herald: 'The Marine Accident Board has opened an investigation into the grounding.',
      coast: 'The Marine Accident Board has opened an investigation into the accident.',
      bay: 'An investigation into the grounding has been opened by the Marine Accident Board.',
    },
  },
  { fact: 'calm sea', tabs: ['herald'], versions: { herald: 'Fishermen in the bay said the sea had been calm and visibility good when the ship came to a halt.' } },
  { fact: 'tugs', tabs: ['herald'], versions: { herald: 'Two tugs are expected to pull the ship free at high tide on Monday evening.' } },
  { fact: 'lifeboat station', tabs: ['herald'], versions: { herald: 'Kestrel Point has a lighthouse but no harbour, and the nearest lifeboat station is eight kilometres away in Port Ellis.' } },
  { fact: 'passenger quote', tabs: ['coast'], versions: { coast: 'Passenger Elena Varga said the ship shook violently and the lights went out for several minutes.' } },
  { fact: 'crossings', tabs: ['coast'], versions: { coast: 'Bluewater Lines, which runs the ferry, has cancelled all crossings to the islands until Tuesday.' } },
  { fact: 'supplies', tabs: ['coast'], versions: { coast: 'Islanders who rely on the ferry for supplies were told that a cargo boat would bring food and medicine on Sunday.' } },
  { fact: 'built', tabs: ['coast'], versions: { coast: 'The Northern Star was built in 1998 and was refitted two years ago.' } },
  { fact: 'hull', tabs: ['bay'], versions: { bay: 'Divers found a four-metre gash in the hull below the waterline on Sunday.' } },
  { fact: 'engineers', tabs: ['bay'], versions: { bay: 'Engineers will decide after the inspection whether the ship can sail to the shipyard at Port Ellis under its own power.' } },
  { fact: 'councillors', tabs: ['bay'], versions: { bay: 'Local councillors have asked for a second lifeboat to be based at Kestrel Point.' } },
];

/** Text of the pages' furniture: none of it may reach the summary or the articles as read. */
export const BOILERPLATE = [
  'cookies', 'Accept', 'Advertisement', 'Sponsored', 'SeaBreeze', 'prize draw', 'Related stories', 'More from Coastline Daily',
  'Read next', 'Storm closes ferry service', 'Harbour fees to rise', 'Lighthouse keeper retires', 'Island school', 'Local team wins',
  'newsletter', 'All rights reserved', 'Privacy', 'Weather', 'Business', 'Sport', 'Contact us', 'Advertise with us',
];

export function factOf(sentence) {
  for (const f of FACTS) for (const [tab, text] of Object.entries(f.versions)) if (text === sentence) return { ...f, at: tab };
  return null;
}

/** Serves the three pages on 127.0.0.1 and logs every request: {server, base, served}. */
export async function serveFixtures() {
  const served = [];
  const server = createServer((req, res) => {
    served.push(req.url);
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(1));
    if (!Object.values(TABS).some((t) => t.file === name)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(readFileSync(join(PAGES, name)));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, base: `http://127.0.0.1:${server.address().port}/`, served };
}
