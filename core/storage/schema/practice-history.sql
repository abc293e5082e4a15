-- SPDX-License-Identifier: GPL-3.0-or-later
-- The practice history (one SQLite file per user): rounds played offline and their answers. Schema 1.
CREATE TABLE practice_round (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    set_name TEXT NOT NULL,
    set_path TEXT NOT NULL,
    settings_json TEXT NOT NULL,
    hits INTEGER NOT NULL, misses INTEGER NOT NULL,
    false_alarms INTEGER NOT NULL, correct_rejections INTEGER NOT NULL,
    objects_hit INTEGER NOT NULL, objects_missed INTEGER NOT NULL, false_alarm_marks INTEGER NOT NULL,
    scans_answered INTEGER NOT NULL, scans_timed_out INTEGER NOT NULL,
    points REAL NOT NULL, mean_response_s REAL NOT NULL, median_response_s REAL NOT NULL, total_s REAL NOT NULL);
CREATE TABLE practice_answer (
    round_id INTEGER NOT NULL REFERENCES practice_round(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    answer_json TEXT NOT NULL,
    PRIMARY KEY (round_id, position));
