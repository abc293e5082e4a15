#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: PEN-Tournament contributors
"""An example Automatic Threat Detection (ATD) plugin: the pen.v1.AtdPlugin gRPC service in Python.

It finds thick organic material in a dual-energy view and reports each large enough blob as
"narcotics". The algorithm is deliberately simple; the point is the plumbing a vendor needs:
decoding the channels (from the request's bytes, or mapped read-only from the shared memory that
the server names in the request when the plugin runs on its machine), answering Describe and Detect, refusing bad input with a gRPC status,
telling the host which port it serves on and stopping on SIGTERM.

Run:  python3 example_plugin.py --address 127.0.0.1:0 --stubs DIR
      (DIR holds the generated pen/v1/*_pb2*.py; see README.md)
"""

import argparse
import math
import mmap
import os
import signal
import sys
import threading
import time
from concurrent import futures

import numpy as np

PLUGIN_NAME = "python-example"
PLUGIN_VENDOR = "PEN-Tournament example"
PLUGIN_VERSION = "1.0.0"
INTERFACE_VERSION = 1
OPERATING_THRESHOLD = 0.5
MAX_SIDE = 20000  # pixels; larger views are refused rather than risking the host's memory limit

# Material physics (a = -ln T, R = a_low / a_high). R depends on the effective atomic number and,
# through beam hardening, a little on thickness. Organic matter (Z_eff < 10) lies below the Z_eff 10
# boundary curve of a 140 kV scanner, tabulated here against a_high; metals lie well above it
# (steel: R 1.9-2.7). Pure hydrocarbons sit lowest (polyethylene ~1.14), so R below 1.05 is noise.
ORGANIC_BOUNDARY_A_HIGH = (0.1, 0.5, 1.0, 2.0, 3.0, 4.0)
ORGANIC_BOUNDARY_R = (1.489, 1.426, 1.377, 1.317, 1.278, 1.251)
ORGANIC_MIN_R = 1.05
MIN_A_HIGH = 0.8     # dense enough: about 4 g/cm2 of organic matter (a brick, not a jumper)
MAX_A_HIGH = 4.6     # T_high < 1 %: impenetrable, the ratio means nothing there
MIN_AREA_MM2 = 1000.0
MIN_FILL = 0.5       # share of its bounding box a blob covers: packed goods are compact, walls are not
AREA_SCALE_MM2 = 2000.0
DENSE_A_HIGH = 1.2   # a_high at which a blob counts as fully dense


class SharedPixels:
    """The request's shared memory, mapped read-only for the length of one Detect call.

    A server on this machine puts the pixels of a request in one sealed memfd and names it in
    `request.shared_memory` (a path such as /proc/PID/fd/N that is valid during the call only);
    each channel then names its region instead of carrying bytes. numpy reads the pixels where they
    lie, without a copy; the memory cannot be written (the kernel refuses a writable mapping).
    """

    def __init__(self, request):
        self.mapping = None
        if not request.HasField("shared_memory"):
            return
        where = request.shared_memory
        try:
            fd = os.open(where.path, os.O_RDONLY | os.O_CLOEXEC)
        except OSError as problem:
            raise ValueError(f"shared memory {where.path!r} cannot be opened: {problem.strerror}") from None
        try:
            size = os.fstat(fd).st_size
            if size != where.size or size == 0:
                raise ValueError(f"shared memory {where.path!r} holds {size} bytes; the request says {where.size}")
            self.mapping = mmap.mmap(fd, size, flags=mmap.MAP_SHARED, prot=mmap.PROT_READ)
        finally:
            os.close(fd)  # the mapping keeps the memory

    def __enter__(self):
        return self

    def __exit__(self, *_):
        if self.mapping is not None:
            try:
                self.mapping.close()
            except BufferError:  # an array still looks into it; it goes when the array does
                pass

    def words(self, view, channel, expected):
        """The channel's 16-bit pixels as a read-only array that looks into the mapping."""
        region = channel.shared
        if self.mapping is None:
            raise ValueError(f'channel "{channel.label}" of view {view.index} names a shared region; '
                             "the request has no shared_memory")
        if region.length != expected:
            raise ValueError(f'channel "{channel.label}" of view {view.index} has {region.length} bytes; '
                             f"{view.width} x {view.height} 16-bit pixels need {expected}")
        if region.offset + region.length > len(self.mapping):
            raise ValueError(f'channel "{channel.label}" of view {view.index}: its shared region '
                             f"[{region.offset}, {region.offset + region.length}) lies outside the "
                             f"{len(self.mapping)} bytes shared")
        return np.frombuffer(self.mapping, dtype="<u2", count=expected // 2, offset=region.offset)


def decode_channel(view, label, shared):
    """Returns the channel's transmissions in (0, 1] as a height x width float array."""
    channel = next((c for c in view.channels if c.label == label), None)
    if channel is None:
        labels = ", ".join(f'"{c.label}"' for c in view.channels) or "none"
        raise ValueError(f'view {view.index} has no "{label}" channel (it has {labels})')
    expected = view.width * view.height * 2
    if channel.HasField("shared"):
        raw = shared.words(view, channel, expected)
    elif len(channel.pixels) != expected:
        raise ValueError(f'channel "{label}" of view {view.index} has {len(channel.pixels)} bytes; '
                         f"{view.width} x {view.height} 16-bit pixels need {expected}")
    else:
        raw = np.frombuffer(channel.pixels, dtype="<u2")
    return np.maximum(raw.reshape(view.height, view.width), 1).astype(np.float64) / 65535.0


def view_kind_name(kind):
    """The view kind in words, as the documentation names it; a number this plugin does not know
    (a newer host's, or none from an older one) as itself."""
    names = {common_pb2.VIEW_KIND_DUAL_ENERGY: "dual-energy", common_pb2.VIEW_KIND_SINGLE_ENERGY: "single-energy",
             common_pb2.VIEW_KIND_COLOUR: "colour"}
    return names.get(kind, f"view kind {kind}")


def check_view(request):
    if not request.views:
        raise ValueError("the request has no views; this plugin needs one dual-energy view")
    view = request.views[0]
    if view.view_kind != common_pb2.VIEW_KIND_DUAL_ENERGY:
        kind = view_kind_name(view.view_kind)
        raise ValueError(f'view {view.index} is "{kind}"; this plugin needs a dual-energy view')
    if not (0 < view.width <= MAX_SIDE and 0 < view.height <= MAX_SIDE):
        raise ValueError(f"view {view.index} is {view.width} x {view.height} pixels; "
                         f"each side must be 1 to {MAX_SIDE}")
    return view


def box_mean(image, radius=1):
    """Mean over a (2 radius + 1)^2 window, edges replicated: takes the edge off quantum noise."""
    size = 2 * radius + 1
    padded = np.pad(image, radius, mode="edge")
    summed = np.cumsum(np.cumsum(padded, axis=0), axis=1)
    summed = np.pad(summed, ((1, 0), (1, 0)))
    h, w = image.shape
    total = (summed[size:size + h, size:size + w] - summed[:h, size:size + w]
             - summed[size:size + h, :w] + summed[:h, :w])
    return total / (size * size)


def organic_mask(t_low, t_high):
    """Pixels of dense organic material, and the smoothed high-energy attenuation."""
    a_low = box_mean(-np.log(t_low))
    a_high = box_mean(-np.log(t_high))
    dense = (a_high >= MIN_A_HIGH) & (a_high <= MAX_A_HIGH)
    ratio = np.divide(a_low, a_high, out=np.zeros_like(a_low), where=dense)
    boundary = np.interp(a_high, ORGANIC_BOUNDARY_A_HIGH, ORGANIC_BOUNDARY_R)
    return dense & (ratio >= ORGANIC_MIN_R) & (ratio <= boundary), a_high


def find_runs(mask):
    """Horizontal runs of set pixels: arrays of row, first column and end column (exclusive)."""
    edges = np.diff(np.pad(mask, ((0, 0), (1, 1))).astype(np.int8), axis=1)
    starts = np.argwhere(edges == 1)
    ends = np.argwhere(edges == -1)
    return starts[:, 0], starts[:, 1], ends[:, 1]


def link_runs(rows, starts, ends):
    """Union-find over runs that touch on adjacent rows (4-connectivity); returns each run's root."""
    parent = list(range(len(rows)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    row_begin = np.searchsorted(rows, np.arange(rows.max() + 2 if len(rows) else 1))
    for row in range(len(row_begin) - 2):
        a, a_end = row_begin[row], row_begin[row + 1]
        b, b_end = a_end, row_begin[row + 2]
        if b == b_end or rows[b] != row + 1:
            continue
        while a < a_end and b < b_end:
            if starts[a] < ends[b] and starts[b] < ends[a]:
                parent[root(a)] = root(b)
            if ends[a] < ends[b]:
                a += 1
            else:
                b += 1
    return np.array([root(i) for i in range(len(rows))], dtype=np.int64)


def components(mask, weights):
    """Connected blobs of mask: dicts with x, y, width, height, area and the mean of weights."""
    rows, starts, ends = find_runs(mask)
    if len(rows) == 0:
        return []
    labels = link_runs(rows, starts, ends)
    sums = np.pad(np.cumsum(np.where(mask, weights, 0.0), axis=1), ((0, 0), (1, 0)))
    run_weight = sums[rows, ends] - sums[rows, starts]
    blobs = []
    for label in np.unique(labels):
        mine = labels == label
        area = int((ends[mine] - starts[mine]).sum())
        x0, x1 = int(starts[mine].min()), int(ends[mine].max())
        y0, y1 = int(rows[mine].min()), int(rows[mine].max()) + 1
        blobs.append({"x": x0, "y": y0, "width": x1 - x0, "height": y1 - y0, "area": area,
                      "mean_weight": float(run_weight[mine].sum() / area)})
    return blobs


def probability(area_mm2, mean_a_high):
    """Bigger and denser blobs are likelier to be a packed narcotic rather than a sandwich."""
    size = 1.0 - math.exp(-area_mm2 / AREA_SCALE_MM2)
    density = min(1.0, mean_a_high / DENSE_A_HIGH)
    return round(size * density, 4)


def detect_objects(view, shared):
    """The suspect blobs of one dual-energy view: a list of (box dict, probability)."""
    t_low, t_high = decode_channel(view, "low", shared), decode_channel(view, "high", shared)
    mask, a_high = organic_mask(t_low, t_high)
    pixel_mm = view.pixel_size_mm if view.HasField("pixel_size_mm") and view.pixel_size_mm > 0 else 1.0
    found = []
    for blob in components(mask, a_high):
        area_mm2 = blob["area"] * pixel_mm * pixel_mm
        fill = blob["area"] / (blob["width"] * blob["height"])
        if area_mm2 >= MIN_AREA_MM2 and fill >= MIN_FILL:
            found.append((blob, probability(area_mm2, blob["mean_weight"])))
    found.sort(key=lambda item: -item[1])
    return found


def load_stubs(stubs_dir):
    """Imports the generated modules, from stubs_dir if given, else from PYTHONPATH."""
    if stubs_dir:
        sys.path.insert(0, stubs_dir)
    global grpc, atd_pb2, atd_pb2_grpc, common_pb2
    import grpc
    from pen.v1 import atd_pb2, atd_pb2_grpc, common_pb2


def make_servicer():
    class ExamplePlugin(atd_pb2_grpc.AtdPluginServicer):
        def Describe(self, request, context):
            return atd_pb2.PluginDescription(
                name=PLUGIN_NAME, vendor=PLUGIN_VENDOR, version=PLUGIN_VERSION,
                interface_version=INTERFACE_VERSION, categories=["narcotics"],
                operating_threshold=OPERATING_THRESHOLD, needs_dual_energy=True, views_needed=1,
                reads_shared_memory=True)

        def Detect(self, request, context):
            began = time.perf_counter()
            try:
                view = check_view(request)
                with SharedPixels(request) as shared:
                    found = detect_objects(view, shared)
            except ValueError as problem:
                context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(problem))
            answer = atd_pb2.Detection(request_id=request.request_id)
            for blob, p in found:
                box = common_pb2.Box(view=view.index, x=blob["x"], y=blob["y"],
                                     width=blob["width"], height=blob["height"])
                answer.objects.add(category="narcotics", box=box, probability=p)
            answer.alarm_score = max((p for _, p in found), default=0.0)
            alarmed = answer.alarm_score >= OPERATING_THRESHOLD
            answer.decision = common_pb2.DECISION_SUSPECT if alarmed else common_pb2.DECISION_CLEAR
            answer.processing_seconds = time.perf_counter() - began
            return answer

    return ExamplePlugin()


def serve(address, workers):
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=workers),
                         options=[("grpc.max_receive_message_length", 512 * 1024 * 1024)])
    atd_pb2_grpc.add_AtdPluginServicer_to_server(make_servicer(), server)
    host = address.rsplit(":", 1)[0]
    try:
        port = server.add_insecure_port(address)  # older grpcio returns 0 instead of raising
    except RuntimeError:
        port = 0
    if port == 0:
        print(f"cannot listen on {address}", file=sys.stderr)
        return 1
    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    signal.signal(signal.SIGINT, lambda *_: stopping.set())
    server.start()
    print(f"listening on {host}:{port}", flush=True)
    while not stopping.wait(0.5):
        pass
    server.stop(grace=2).wait()
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--address", default="127.0.0.1:0",
                        help="HOST:PORT to serve on; port 0 picks a free one (default 127.0.0.1:0)")
    parser.add_argument("--stubs", help="folder with the generated pen/v1/*_pb2*.py (default: PYTHONPATH)")
    parser.add_argument("--workers", type=int, default=2, help="concurrent Detect calls (default 2)")
    args = parser.parse_args(argv)
    if ":" not in args.address:
        parser.error("--address must be HOST:PORT")
    try:
        load_stubs(args.stubs)
    except ImportError as problem:
        parser.error(f"cannot import the generated stubs ({problem}); pass --stubs DIR or set PYTHONPATH")
    return serve(args.address, args.workers)


if __name__ == "__main__":
    sys.exit(main())
