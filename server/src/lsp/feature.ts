/**
 * What a feature of the language server declares in one place — the capability it adds to the
 * initialize result and the handlers it registers — so that a new provider is one file and one
 * line in features/all-features.ts, and server.ts only routes (as Langium's services do).
 */
import type { CancellationToken, ClientCapabilities, Connection, ServerCapabilities } from 'vscode-languageserver';
import type { PlanAnalysis } from '../core';
import type { ComparisonSessions } from './comparisons';
import type { DocumentStore, PlanDocument } from './document-store';
import type { InitializationOptions } from './protocol';
import type { PlanLensSettings } from './settings';
import type { WorkspaceIndex } from './workspace-index';

/** What the server lends a feature: the connection, the client's word, the current analyses. */
export interface FeatureContext {
  readonly connection: Connection;
  /** The client's capabilities and initialization options, as sent in `initialize`. */
  client(): { capabilities: ClientCapabilities; options: InitializationOptions };
  settings(): PlanLensSettings;
  /** The settings reduced to a key: analyses are cached per (uri, version, key). */
  settingsKey(): string;
  /** Calls `listener` after the settings changed (the open plans are being checked again). */
  onSettingsChanged(listener: () => void): void;
  /** Settles once the client's settings are known (at once for a client without configuration). */
  settingsReady(): Promise<void>;
  /** Runs a provider over the current version's analysis of an open document (cached per version). */
  withAnalysis<R>(uri: string, token: CancellationToken, provide: (a: PlanAnalysis, doc: PlanDocument) => R): R | null;
  /** An open document's analysis, or a plan file read from disk (commands on closed files). */
  analysisOrDisk(uri: string): Promise<{ analysis: PlanAnalysis; version: number } | null>;
  readonly store: DocumentStore;
  readonly workspace: WorkspaceIndex;
  readonly comparisons: ComparisonSessions;
}

export interface Feature {
  /** For logs and tests: which feature registered what. */
  readonly name: string;
  /** The part of the initialize result this feature owns, given what the client can do. */
  capabilities?(client: ClientCapabilities, options: InitializationOptions): Partial<ServerCapabilities>;
  /** Registers the feature's handlers on the connection (called once, before `listen`). */
  register(ctx: FeatureContext): void;
}
