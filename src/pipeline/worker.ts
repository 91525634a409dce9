/**
 * A worker thread of the pool in `workers.ts`: takes batches of paths, runs every per-file
 * stage on them and answers with plain data. Run-level decisions (duplicates, unique ids)
 * stay on the main thread, which sees the outcomes in path order.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { fileDone, settleWorkerHeap } from './heap.js'
import { processFile } from './process-file.js'
import { processInOrder, toProcessed, type BatchReply, type BatchRequest, type ProcessedFile, type WorkerSetup } from './workers.js'

const setup = workerData as WorkerSetup
const port = parentPort
if (!port) throw new Error('worker.js runs as a worker thread of the ingest pool')

await settleWorkerHeap()

port.on('message', (request: BatchRequest) => {
  void answer(request).then((reply) => {
    try {
      port.postMessage(reply)
    } catch (error) {
      port.postMessage({ batch: request.batch, error: `cannot send the outcome back: ${String(error)}` } satisfies BatchReply)
    }
  })
})

async function answer(request: BatchRequest): Promise<BatchReply> {
  try {
    const processed: ProcessedFile[] = []
    for await (const file of processInOrder(request.files, setup.concurrency, (file) => processFile(file, setup.options))) {
      processed.push(toProcessed(file, setup.keepText))
      fileDone()
    }
    return { batch: request.batch, files: processed }
  } catch (error) {
    // processFile turns every throw into a message; this is for what lies outside it.
    return { batch: request.batch, error: error instanceof Error ? error.message : String(error) }
  }
}
