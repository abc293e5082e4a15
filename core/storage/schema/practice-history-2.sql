-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: who played each round, on a PC that trainees share (empty where no name was given),
-- and each round's results per threat category.
ALTER TABLE practice_round ADD COLUMN trainee TEXT NOT NULL DEFAULT '';
CREATE INDEX practice_round_trainee ON practice_round (trainee, id);
-- Each round's results per threat category (CategoryBreakdown), for the history per category.
CREATE TABLE practice_category (
    round_id INTEGER NOT NULL REFERENCES practice_round(id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    objects_hit INTEGER NOT NULL, objects_missed INTEGER NOT NULL,
    hits INTEGER NOT NULL, misses INTEGER NOT NULL,
    false_alarms INTEGER NOT NULL, correct_rejections INTEGER NOT NULL,
    PRIMARY KEY (round_id, category));
