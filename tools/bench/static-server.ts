/**
 * The baseline: a plain static server (sirv) serving a folder, with precompressed .gz/.br
 * files when the client accepts them. `tsx tools/bench/static-server.ts FOLDER PORT`
 */
import http from "node:http";
import sirv from "sirv";

const [folder, port] = process.argv.slice(2);
const serve = sirv(folder, { gzip: true, brotli: true, etag: true });
http.createServer((req, res) => serve(req, res)).listen(Number(port), "127.0.0.1");
