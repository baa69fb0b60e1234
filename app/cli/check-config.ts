/**
 * Imported first by every command-line entry point (and the server): checks the whole
 * configuration before any other module reads it, so a bad or missing value stops the
 * process with one message listing every problem, not a failure at the first request.
 */
import { configOrExit } from "../lib/config";

configOrExit();
