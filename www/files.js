// @ts-check
// Files in: the file chooser and files dropped anywhere on the page, read
// into articles (articles.js does the reading).
//
//   acceptFiles({ input, dropTarget }, (articles, problems) => …);
//
// `input` is an <input type=file>; `dropTarget` gets the class "dragging"
// while files are dragged over the page. The callback receives the articles
// read ({title, text, source, byline, date, file}) and, for each file that
// could not be read, a sentence saying why.
import { articleFromFile } from './articles.js';

/** @typedef {Awaited<ReturnType<typeof articleFromFile>>} FileArticle */

/** @param {FileList | File[]} fileList @returns {Promise<{added: FileArticle[], problems: string[]}>} */
export async function readFiles(fileList) {
  const files = [...fileList];
  const results = await Promise.allSettled(files.map((f) => articleFromFile(f)));
  /** @type {FileArticle[]} */
  const added = [];
  /** @type {string[]} */
  const problems = [];
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') added.push(r.value);
    else problems.push(r.reason?.message || `${files[i].name}: could not be read`);
  });
  return { added, problems };
}

/**
 * @param {{input: HTMLInputElement, dropTarget: HTMLElement}} elements
 * @param {(added: FileArticle[], problems: string[]) => void} onRead
 */
export function acceptFiles({ input, dropTarget }, onRead) {
  const doc = input.ownerDocument;
  /** @param {FileList | File[]} files */
  const take = async (files) => {
    if (!files.length) return;
    const { added, problems } = await readFiles(files);
    onRead(added, problems);
  };
  input.addEventListener('change', () => {
    take(input.files || []).finally(() => (input.value = ''));
  });
  /** @param {DragEvent} event */
  const hasFiles = (event) => [...(event.dataTransfer?.types || [])].includes('Files');
  let dragDepth = 0;
  doc.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    dragDepth++;
    dropTarget.classList.add('dragging');
  });
  doc.addEventListener('dragleave', (event) => {
    if (!hasFiles(event)) return;
    dragDepth = Math.max(0, dragDepth - 1);
    if (!dragDepth) dropTarget.classList.remove('dragging');
  });
  doc.addEventListener('dragover', (event) => {
    if (!hasFiles(event) || !event.dataTransfer) return;
    event.preventDefault(); // never let the browser open a dropped file
    event.dataTransfer.dropEffect = 'copy';
  });
  doc.addEventListener('drop', (event) => {
    if (!event.dataTransfer || !event.dataTransfer.files.length) return;
    event.preventDefault();
    dragDepth = 0;
    dropTarget.classList.remove('dragging');
    take(event.dataTransfer.files);
  });
}
