// What the page's modules use that no module declares: Mozilla Readability,
// loaded as a classic script (vendor/Readability.js) before the modules run.
declare class Readability {
  constructor(doc: Document, options?: { serializer?: (el: Element) => unknown; charThreshold?: number });
  parse(): { title?: string; content?: unknown; textContent?: string; byline?: string; siteName?: string; publishedTime?: string } | null;
}
