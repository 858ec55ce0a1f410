/**
 * The analysis Web Worker: runs the pipeline off the main thread so the page never freezes on
 * large lists (STYLE.md rule 6). Exposed with comlink, which delivers a thrown Error to the page
 * as a rejected promise.
 */
import { expose } from 'comlink';
import { pipelineApi } from './pipeline-api';

expose(pipelineApi);
