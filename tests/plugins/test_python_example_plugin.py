# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: PEN-Tournament contributors
"""Talks to the example Python ATD plugin as a host does: starts it on a free port, reads the port
from its first line, calls Describe and Detect through the generated stubs, stops it with SIGTERM.

usage: test_python_example_plugin.py --plugin example_plugin.py --stubs DIR [--imageset-tool PATH]
With --imageset-tool it runs Detect on a generated starter scan (needs pydicom) instead of the
synthetic checks.
"""

import argparse
import fcntl
import json
import os
import signal
import subprocess
import sys
import tempfile
import unittest

import numpy as np

ARGS = None
PE_R, STEEL_R = 1.14, 1.9  # a_low / a_high of polyethylene and steel at 140 kV (docs/physics.md)


def start_plugin():
    """The plugin process and its address, read from its `listening on HOST:PORT` line."""
    process = subprocess.Popen([sys.executable, ARGS.plugin, "--address", "127.0.0.1:0", "--stubs", ARGS.stubs],
                               stdout=subprocess.PIPE, text=True)
    line = process.stdout.readline().strip()
    if not line.startswith("listening on "):
        process.kill()
        raise AssertionError(f"the plugin's first line is {line!r}, not 'listening on HOST:PORT'")
    return process, line[len("listening on "):]


def stop_plugin(process):
    process.send_signal(signal.SIGTERM)
    return process.wait(timeout=15)


def transmissions(a_low, a_high):
    """16-bit little-endian channels from attenuation maps, with a little quantum-like noise."""
    rng = np.random.default_rng(7)
    channels = []
    for a in (a_low, a_high):
        t = np.exp(-a) * (1.0 + rng.normal(0.0, 0.004, a.shape))
        channels.append(np.clip(np.rint(t * 65535.0), 1, 65535).astype("<u2").tobytes())
    return channels


def synthetic_scan():
    """A 320 x 240 parcel: cardboard, a polyethylene slab (organic) and a steel block (metal)."""
    a_high = np.zeros((240, 320))
    a_high[20:220, 20:300] += 0.15                     # the parcel's thin organic contents
    a_high[60:130, 40:140] += 1.2                      # polyethylene slab, about 8 cm
    a_high[80:160, 190:270] += 1.3                     # steel block, a few mm
    a_low = a_high * PE_R
    a_low[80:160, 190:270] = 0.15 * PE_R + 1.3 * STEEL_R
    return a_low, a_high


def overlap(box, x, y, w, h):
    """Area of intersection of a Box message with the rectangle (x, y, w, h)."""
    dx = min(box.x + box.width, x + w) - max(box.x, x)
    dy = min(box.y + box.height, y + h) - max(box.y, y)
    return max(dx, 0) * max(dy, 0)


class PluginCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        sys.path.insert(0, ARGS.stubs)
        global grpc, atd_pb2, atd_pb2_grpc, common_pb2
        import grpc
        from pen.v1 import atd_pb2, atd_pb2_grpc, common_pb2
        cls.process, cls.address = start_plugin()
        cls.channel = grpc.insecure_channel(cls.address)
        cls.stub = atd_pb2_grpc.AtdPluginStub(cls.channel)

    @classmethod
    def tearDownClass(cls):
        cls.channel.close()
        stop_plugin(cls.process)

    def request(self, low, high, width, height, pixel_mm=1.0):
        request = atd_pb2.DetectRequest(request_id="req-42", scan_id="scan-0001",
                                        scanned_object_kind=common_pb2.OBJECT_KIND_PARCEL)
        view = request.views.add(index=0, label="top", width=width, height=height,
                                 view_kind=common_pb2.VIEW_KIND_DUAL_ENERGY, pixel_size_mm=pixel_mm)
        view.channels.add(label="low", pixels=low)
        view.channels.add(label="high", pixels=high)
        return request

    def shared_request(self, low, high, width, height):
        """The same request with the channels in a sealed memfd of this process, as a server sends
        it to a plugin on its machine; the memfd stays open (and readable) until the test ends."""
        fd = os.memfd_create("pen-test-scan", os.MFD_CLOEXEC | os.MFD_ALLOW_SEALING)
        self.addCleanup(os.close, fd)
        high_offset = (len(low) + 63) // 64 * 64
        os.pwrite(fd, low, 0)
        os.pwrite(fd, high, high_offset)
        size = high_offset + len(high)
        fcntl.fcntl(fd, fcntl.F_ADD_SEALS,
                    fcntl.F_SEAL_WRITE | fcntl.F_SEAL_SHRINK | fcntl.F_SEAL_GROW | fcntl.F_SEAL_SEAL)
        request = self.request(low, high, width, height)
        request.shared_memory.path = f"/proc/{os.getpid()}/fd/{fd}"
        request.shared_memory.size = size
        for channel, offset, length in zip(request.views[0].channels, (0, high_offset), (len(low), len(high))):
            channel.ClearField("pixels")
            channel.shared.offset, channel.shared.length = offset, length
        return request


class SyntheticScanTest(PluginCase):
    def test_describe(self):
        d = self.stub.Describe(atd_pb2.DescribeRequest(interface_version=1), timeout=10)
        self.assertEqual((d.name, d.vendor, d.version), ("python-example", "PEN-Tournament example", "1.0.0"))
        self.assertEqual(d.interface_version, 1)
        self.assertEqual(list(d.categories), ["narcotics"])
        self.assertTrue(0.0 <= d.operating_threshold <= 1.0)
        self.assertTrue(d.needs_dual_energy)
        self.assertEqual(d.views_needed, 1)
        self.assertTrue(d.reads_shared_memory)

    def test_finds_the_organic_slab_not_the_steel(self):
        low, high = transmissions(*synthetic_scan())
        answer = self.stub.Detect(self.request(low, high, 320, 240), timeout=30)
        self.assertEqual(answer.request_id, "req-42")
        self.assertEqual(answer.decision, common_pb2.DECISION_SUSPECT)
        self.assertGreater(answer.processing_seconds, 0.0)
        self.assertEqual(len(answer.objects), 1, answer)
        found = answer.objects[0]
        self.assertEqual(found.category, "narcotics")
        self.assertEqual(found.box.view, 0)
        self.assertGreater(overlap(found.box, 40, 60, 100, 70), 0.8 * 100 * 70, found.box)
        self.assertEqual(overlap(found.box, 190, 80, 80, 80), 0, "the steel block was reported")
        self.assertAlmostEqual(answer.alarm_score, found.probability)
        self.assertTrue(0.5 <= found.probability <= 1.0)

    def test_reads_the_pixels_from_shared_memory(self):
        low, high = transmissions(*synthetic_scan())
        from_bytes = self.stub.Detect(self.request(low, high, 320, 240), timeout=30)
        request = self.shared_request(low, high, 320, 240)
        self.assertEqual(request.views[0].channels[0].pixels, b"")
        from_memory = self.stub.Detect(request, timeout=30)
        self.assertEqual(from_memory.decision, common_pb2.DECISION_SUSPECT)
        self.assertEqual(len(from_memory.objects), 1, from_memory)
        self.assertEqual(from_memory.objects, from_bytes.objects)
        self.assertEqual(from_memory.alarm_score, from_bytes.alarm_score)
        # Other pixels in the memory give another answer: the plugin read the memory, not a copy.
        a_low, a_high = synthetic_scan()
        a_low[60:130, 40:140], a_high[60:130, 40:140] = 0.15 * PE_R, 0.15
        clear = self.stub.Detect(self.shared_request(*transmissions(a_low, a_high), 320, 240), timeout=30)
        self.assertEqual(clear.decision, common_pb2.DECISION_CLEAR)
        self.assertEqual(len(clear.objects), 0, clear)

    def test_bad_shared_memory_is_invalid_argument(self):
        low, high = transmissions(*synthetic_scan())
        outside = self.shared_request(low, high, 320, 240)
        outside.views[0].channels[1].shared.offset = outside.shared_memory.size
        missing = self.shared_request(low, high, 320, 240)
        missing.shared_memory.path = "/proc/self/fd/no-such-descriptor"
        absent = self.shared_request(low, high, 320, 240)
        absent.ClearField("shared_memory")
        for name, request, words in (("outside", outside, 'channel "high" of view 0: its shared region'),
                                     ("missing", missing, "cannot be opened"),
                                     ("absent", absent, "the request has no shared_memory")):
            with self.subTest(name):
                with self.assertRaises(grpc.RpcError) as caught:
                    self.stub.Detect(request, timeout=10)
                self.assertEqual(caught.exception.code(), grpc.StatusCode.INVALID_ARGUMENT)
                self.assertIn(words, caught.exception.details())

    def test_clear_without_organic_blocks(self):
        a_low, a_high = synthetic_scan()
        a_low[60:130, 40:140], a_high[60:130, 40:140] = 0.15 * PE_R, 0.15
        low, high = transmissions(a_low, a_high)
        answer = self.stub.Detect(self.request(low, high, 320, 240), timeout=30)
        self.assertEqual(answer.decision, common_pb2.DECISION_CLEAR)
        self.assertEqual(len(answer.objects), 0, answer)
        self.assertEqual(answer.alarm_score, 0.0)

    def test_short_channel_is_invalid_argument(self):
        low, high = transmissions(*synthetic_scan())
        with self.assertRaises(grpc.RpcError) as caught:
            self.stub.Detect(self.request(low[:-2], high, 320, 240), timeout=10)
        self.assertEqual(caught.exception.code(), grpc.StatusCode.INVALID_ARGUMENT)
        self.assertIn('channel "low"', caught.exception.details())
        self.assertIn("153600", caught.exception.details())

    def test_view_kinds_it_cannot_read_are_invalid_argument(self):
        low, high = transmissions(*synthetic_scan())
        for kind, words in ((common_pb2.VIEW_KIND_SINGLE_ENERGY, '"single-energy"'),
                            (common_pb2.VIEW_KIND_UNSPECIFIED, '"view kind 0"'), (42, '"view kind 42"')):
            request = self.request(low, high, 320, 240)
            request.views[0].view_kind = kind
            with self.subTest(kind=kind):
                with self.assertRaises(grpc.RpcError) as caught:
                    self.stub.Detect(request, timeout=10)
                self.assertEqual(caught.exception.code(), grpc.StatusCode.INVALID_ARGUMENT)
                self.assertIn(f"view 0 is {words}; this plugin needs a dual-energy view", caught.exception.details())

    def test_missing_view_is_invalid_argument(self):
        with self.assertRaises(grpc.RpcError) as caught:
            self.stub.Detect(atd_pb2.DetectRequest(request_id="r"), timeout=10)
        self.assertEqual(caught.exception.code(), grpc.StatusCode.INVALID_ARGUMENT)
        self.assertIn("no views", caught.exception.details())

    def test_sigterm_ends_the_process(self):
        process, address = start_plugin()
        with grpc.insecure_channel(address) as channel:
            atd_pb2_grpc.AtdPluginStub(channel).Describe(atd_pb2.DescribeRequest(interface_version=1), timeout=10)
        self.assertEqual(stop_plugin(process), 0)


class StarterScanTest(PluginCase):
    """The generator's starter scan with a cocaine brick: a box must cover the ground truth's."""

    def test_finds_the_cocaine_brick(self):
        import pydicom
        with tempfile.TemporaryDirectory() as folder:
            subprocess.run([ARGS.imageset_tool, "generate", folder + "/set", "--preset", "starter",
                            "--scans", "1", "--seed", "1"], check=True, stdout=subprocess.DEVNULL)
            with open(folder + "/set/manifest.json", encoding="utf-8") as f:
                scan = json.load(f)["scans"][0]
            truth = next(t for t in scan["truth"] if t["category"] == "narcotics")
            view = scan["views"][0]
            dataset = pydicom.dcmread(folder + "/set/" + view["file"])
        frames = dict(zip(dataset.FrameLabelVector, dataset.pixel_array))
        low, high = (frames[label].astype("<u2").tobytes() for label in ("LOW ENERGY", "HIGH ENERGY"))
        answer = self.stub.Detect(self.request(low, high, view["width"], view["height"], view["pixelSizeMm"]),
                                  timeout=30)
        self.assertEqual(answer.decision, common_pb2.DECISION_SUSPECT, answer)
        x, y, w, h = next(r["box"] for r in truth["regions"] if r["view"] == 0)
        best = max(answer.objects, key=lambda o: overlap(o.box, x, y, w, h) / (o.box.width * o.box.height))
        covered = overlap(best.box, x, y, w, h)
        self.assertGreater(covered, 0.5 * w * h, f"truth {x, y, w, h}, answer {answer}")
        self.assertGreater(covered, 0.5 * best.box.width * best.box.height, best.box)
        self.assertGreaterEqual(best.probability, 0.5)


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--stubs", required=True)
    parser.add_argument("--imageset-tool")
    ARGS = parser.parse_args()
    case = StarterScanTest if ARGS.imageset_tool else SyntheticScanTest
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(case)
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
