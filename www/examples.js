// @ts-check
// Three short made-up reports of one made-up event, for "Try an example".

export const EXAMPLE_ARTICLES = [
  {
    title: 'Port Elliot opens its tidal barrier after six years of work',
    source: 'Harbour Herald',
    date: '2026-03-14',
    text: `Port Elliot opens its tidal barrier after six years of work
The tidal barrier across the mouth of the Elliot estuary opened on Friday, six years after construction began.
The barrier cost 1.2 billion euros and protects about 40,000 homes from storm surges.
Mayor Ines Carvalho said the city could finally stop fearing the winter tides.
Its eight steel gates can close in under twenty minutes when a surge is forecast.
Fishermen had opposed the project, saying it would change the currents in the bay.
The engineers say the gates will stay open on all but a few days a year.
Subscribe to our newsletter for more local news.`,
  },
  {
    title: 'Storm barrier finally shields Port Elliot',
    source: 'Coastal Times',
    date: '2026-03-14',
    text: `Port Elliot's new storm barrier opened on Friday, six years after work on it started.
The project cost 1.4 billion euros, well over its first budget, and shields some 40,000 homes from storm surges.
The barrier's eight gates close in less than twenty minutes when forecasters warn of a surge.
Local fishermen, who fought the plan in court, fear the barrier will alter the currents in the bay.
A first test closure is planned for April.`,
  },
  {
    title: 'Tidal barrier opens in Port Elliot',
    source: 'Wire Service',
    date: '2026-03-15',
    text: `PORT ELLIOT — A tidal barrier across the Elliot estuary opened on Friday after six years of construction.
The barrier protects about 40,000 homes from storm surges, officials said.
"We no longer have to fear the winter tides," Mayor Ines Carvalho told reporters at the opening.
The national water agency will run the barrier and pay for its upkeep.
A first test closure of the gates is planned for April.`,
  },
];
