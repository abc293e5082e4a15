-- SPDX-License-Identifier: GPL-3.0-or-later
-- The machines' database (machines.sqlite) beside the tournament's: plugins, evaluations, runs.
CREATE TABLE plugins(
    id TEXT PRIMARY KEY, event_id TEXT NOT NULL, label TEXT NOT NULL, launch_json TEXT NOT NULL,
    vendor_token_id TEXT NOT NULL, created_ms INTEGER NOT NULL);
CREATE TABLE evaluations(event_id TEXT PRIMARY KEY, settings_json TEXT NOT NULL);
CREATE TABLE machine_runs(
    id TEXT PRIMARY KEY, plugin_id TEXT NOT NULL REFERENCES plugins(id), event_id TEXT NOT NULL,
    phase INTEGER NOT NULL, round_id TEXT NOT NULL, started_ms INTEGER NOT NULL, finished_ms INTEGER NOT NULL,
    record_json TEXT NOT NULL);
CREATE TABLE application(name TEXT NOT NULL);
INSERT INTO application(name) VALUES ('pentournament-server machines');
