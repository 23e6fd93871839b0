#!/usr/bin/env python3
"""Make the jars of Neo4j Community 3.1.1 work on Java 17.

Two fixes, both applied in place to the jars of an unpacked distribution
(run by tools/neo4j-local/neo4j-local; safe to run again: a patched jar is
left untouched):

1. Cypher jars (lib/neo4j-cypher*.jar). Scala 2.11 compiled calls to the static
   interface method RelationshipType.withName(...) through a CONSTANT_Methodref
   (tag 10). Java 9+ enforces the JVM spec: a static interface method must be
   referenced through a CONSTANT_InterfaceMethodref (tag 11), else
   IncompatibleClassChangeError is thrown the first time the call runs (any
   typed relationship inside a pattern comprehension or shortestPath). We
   rewrite the tag of exactly those constant-pool entries, and raise the class
   major version to 52 (Java 8), the first version in which invokestatic may
   name an InterfaceMethodref. Both tags have the same layout (class_index,
   name_and_type_index), so the class file keeps its size and every offset.

2. Bolt jar (lib/neo4j-bolt-3.1.1.jar). SunMiscUTF8Encoder reads String
   internals through sun.misc.Unsafe with Java 8 field layouts and fails with an
   AssertionError on Java 17. Bolt picks its UTF-8 encoder by loading that class
   reflectively and falls back to VanillaUTF8Encoder when the class is absent,
   so we delete the class (and any nested classes of it).

Usage: patch_classes.py NEO4J_DIST_DIR
Prints one line per patched class / removed entry; exits non-zero on error.
"""

import os
import struct
import sys
import tempfile
import zipfile

RELATIONSHIP_TYPE = "org/neo4j/graphdb/RelationshipType"
TAG_METHODREF = 10
TAG_INTERFACE_METHODREF = 11
JAVA8_MAJOR = 52
BOLT_JAR = "neo4j-bolt-3.1.1.jar"
BOLT_BROKEN_CLASS = "SunMiscUTF8Encoder"

# Size in bytes of each constant-pool entry body (after the tag byte), for the
# fixed-size tags. Utf8 (tag 1) is variable: u2 length + bytes.
_FIXED_ENTRY_SIZE = {
    3: 4,   # Integer
    4: 4,   # Float
    5: 8,   # Long   (occupies two pool slots)
    6: 8,   # Double (occupies two pool slots)
    7: 2,   # Class
    8: 2,   # String
    9: 4,   # Fieldref
    10: 4,  # Methodref
    11: 4,  # InterfaceMethodref
    12: 4,  # NameAndType
    15: 3,  # MethodHandle
    16: 2,  # MethodType
    17: 4,  # Dynamic
    18: 4,  # InvokeDynamic
    19: 2,  # Module
    20: 2,  # Package
}


class ClassFormatError(Exception):
    pass


def parse_constant_pool(data):
    """Return {index: (tag, offset_of_tag, body_bytes)} for a class file."""
    if len(data) < 10 or data[:4] != b"\xca\xfe\xba\xbe":
        raise ClassFormatError("not a class file (bad magic)")
    (count,) = struct.unpack_from(">H", data, 8)
    pool = {}
    pos = 10
    index = 1
    while index < count:
        tag = data[pos]
        if tag == 1:
            (length,) = struct.unpack_from(">H", data, pos + 1)
            size = 2 + length
        elif tag in _FIXED_ENTRY_SIZE:
            size = _FIXED_ENTRY_SIZE[tag]
        else:
            raise ClassFormatError(f"unknown constant-pool tag {tag} at entry {index}")
        if pos + 1 + size > len(data):
            raise ClassFormatError("constant pool runs past the end of the file")
        pool[index] = (tag, pos, data[pos + 1:pos + 1 + size])
        pos += 1 + size
        index += 2 if tag in (5, 6) else 1
    return pool


def _utf8(pool, index):
    tag, _, body = pool[index]
    if tag != 1:
        raise ClassFormatError(f"entry {index} is not Utf8")
    return body[2:].decode("utf-8", errors="replace")  # modified UTF-8; names here are ASCII


def patch_class(data):
    """Return (new_bytes, n_entries_patched, old_major) or None if nothing to do."""
    pool = parse_constant_pool(data)
    offsets = []
    for tag, offset, body in pool.values():
        if tag != TAG_METHODREF:
            continue
        (class_index,) = struct.unpack_from(">H", body, 0)
        class_tag, _, class_body = pool[class_index]
        if class_tag != 7:
            raise ClassFormatError(f"Methodref owner {class_index} is not a Class entry")
        (name_index,) = struct.unpack_from(">H", class_body, 0)
        if _utf8(pool, name_index) == RELATIONSHIP_TYPE:
            offsets.append(offset)
    if not offsets:
        return None
    patched = bytearray(data)
    for offset in offsets:
        patched[offset] = TAG_INTERFACE_METHODREF
    (major,) = struct.unpack_from(">H", data, 6)
    if major < JAVA8_MAJOR:
        struct.pack_into(">H", patched, 6, JAVA8_MAJOR)
    return bytes(patched), len(offsets), major


def rewrite_jar(jar_path, transform):
    """Rewrite jar_path entry by entry; transform(info, data) returns new bytes,
    None to drop the entry, or the same object to keep it. Writes a temp file
    and renames it over the jar, so an interrupted run never leaves a torn jar.
    Returns True if anything changed (the jar is only rewritten then)."""
    changed = False
    entries = []
    with zipfile.ZipFile(jar_path) as src:
        for info in src.infolist():
            data = src.read(info)
            new = transform(info, data)
            if new is not data:
                changed = True
            if new is not None:
                entries.append((info, new))
    if not changed:
        return False
    fd, tmp = tempfile.mkstemp(prefix=".patch-", suffix=".jar", dir=os.path.dirname(jar_path))
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w") as dst:
            for info, data in entries:
                # Reusing the ZipInfo keeps name, timestamp and compression method.
                dst.writestr(info, data)
        os.chmod(tmp, os.stat(jar_path).st_mode & 0o777)
        os.replace(tmp, jar_path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return True


def patch_cypher_jar(jar_path):
    count = 0
    name = os.path.basename(jar_path)

    def transform(info, data):
        nonlocal count
        if not info.filename.endswith(".class"):
            return data
        try:
            result = patch_class(data)
        except ClassFormatError as e:
            raise SystemExit(f"patch_classes: cannot parse {name}!{info.filename}: {e}")
        if result is None:
            return data
        new, entries, major = result
        count += 1
        print(f"  patched {name}!{info.filename}: {entries} Methodref -> InterfaceMethodref,"
              f" major {major} -> {max(major, JAVA8_MAJOR)}")
        return new

    rewrite_jar(jar_path, transform)
    return count


def patch_bolt_jar(jar_path):
    removed = []

    def transform(info, data):
        base = info.filename.rsplit("/", 1)[-1]
        if base == BOLT_BROKEN_CLASS + ".class" or base.startswith(BOLT_BROKEN_CLASS + "$"):
            removed.append(info.filename)
            print(f"  removed {os.path.basename(jar_path)}!{info.filename}")
            return None
        return data

    rewrite_jar(jar_path, transform)
    return removed


def main(argv):
    if len(argv) != 2:
        print(f"usage: {argv[0]} NEO4J_DIST_DIR", file=sys.stderr)
        return 2
    lib = os.path.join(argv[1], "lib")
    if not os.path.isdir(lib):
        print(f"patch_classes: {lib} is not a directory", file=sys.stderr)
        return 1

    cypher_jars = sorted(f for f in os.listdir(lib)
                         if f.startswith("neo4j-cypher") and f.endswith(".jar"))
    if not cypher_jars:
        print(f"patch_classes: no neo4j-cypher*.jar in {lib}", file=sys.stderr)
        return 1
    classes, jars = 0, 0
    for jar in cypher_jars:
        n = patch_cypher_jar(os.path.join(lib, jar))
        classes += n
        jars += 1 if n else 0
    print(f"patch_classes: {classes} classes patched in {jars} of {len(cypher_jars)} cypher jars"
          " (0 means already patched)")

    bolt = os.path.join(lib, BOLT_JAR)
    if not os.path.isfile(bolt):
        print(f"patch_classes: {bolt} not found", file=sys.stderr)
        return 1
    removed = patch_bolt_jar(bolt)
    print(f"patch_classes: {len(removed)} {BOLT_BROKEN_CLASS} entries removed from {BOLT_JAR}"
          " (0 means already removed)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
