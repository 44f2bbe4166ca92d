<?php
/*
 * What a script cannot do with the objects of the PHP extension, run under
 * valgrind (with PHP's own allocator off) by the test php-hardening: make
 * one without libbig (unserialize(), reflection, new), serialize one,
 * construct one twice, use one that holds no C object, or pass a string
 * that C would cut at a NUL byte. Each is refused with an exception that
 * names the class and says why, never a crash; converting an int into a
 * string argument leaks nothing (valgrind fails the test on a leak).
 *
 * Not declare(strict_types=1): the conversions of int, float and bool into
 * string arguments are PHP's weak mode; strict mode is tested through eval.
 *
 * Usage: php -d extension=libbig.so hardening.php EXAMPLES_DIR
 *
 * SPDX-License-Identifier: MIT
 */

require_once __DIR__ . '/memory.php';

function hardening_fail(string $what, string $why): void
{
    global $hardening_failures;
    fwrite(STDERR, "hardening.php: $what: $why\n");
    $hardening_failures++;
}

/** Runs $f, which must throw $class with a message holding each of $words. */
function hardening_refused(string $what, callable $f, string $class, array $words): void
{
    global $hardening_checks;
    $hardening_checks++;
    try {
        $f();
    } catch (Throwable $e) {
        if (!($e instanceof $class)) {
            hardening_fail($what, get_class($e) . ' ' . $e->getMessage() . ", not a $class");
            return;
        }
        foreach ($words as $word) {
            if (!str_contains($e->getMessage(), $word)) {
                hardening_fail($what, "'{$e->getMessage()}' does not say '$word'");
            }
        }
        return;
    }
    hardening_fail($what, "not refused (expected $class)");
}

function hardening_check(string $what, bool $ok): void
{
    global $hardening_checks;
    $hardening_checks++;
    if (!$ok) {
        hardening_fail($what, 'false');
    }
}

/** Every class the extension defines but BigException and libbig (its constants). */
function hardening_classes(): array
{
    return array_values(array_filter((new ReflectionExtension('libbig'))->getClassNames(),
        fn ($c) => $c !== 'BigException' && $c !== 'libbig'));
}

/** No class can be made without libbig. */
function hardening_construction(): void
{
    foreach (hardening_classes() as $class) {
        hardening_check("$class is final", (new ReflectionClass($class))->isFinal());
        hardening_refused("unserialize $class", fn () => unserialize('O:' . strlen($class) . ":\"$class\":0:{}"),
            BigException::class, [$class, 'cannot be unserialized', 'C object']);
        hardening_refused("unserialize $class with data", fn () => unserialize('O:' . strlen($class) . ":\"$class\":1:{s:2:\"id\";s:3:\"toy\";}"),
            BigException::class, [$class, 'cannot be unserialized']);
        hardening_refused("newInstanceWithoutConstructor $class",
            fn () => (new ReflectionClass($class))->newInstanceWithoutConstructor(),
            ReflectionException::class, [$class, 'without invoking its constructor']);
        if ($class !== 'BigAssessment' && $class !== 'BigWorkbook') { // they have constructors
            hardening_refused("new $class", fn () => new $class(), BigException::class, [$class, 'cannot be made with new']);
        }
    }
}

/** serialize() of an object of each kind that memory.php makes. */
function hardening_serialize(string $examples): void
{
    $seen = [];
    foreach (memory_children($examples) as $name => [$make, $use]) {
        $made = $make();
        foreach (is_array($made) ? array_slice($made, 0, 1) : [$made] as $object) {
            if (!is_object($object)) {
                continue; // a child that checks something else (a plain value)
            }
            $class = get_class($object);
            $seen[$class] = true;
            $how = method_exists($object, 'to_json') ? 'save it with to_json()' : 'C object';
            hardening_refused("serialize $name ($class)", fn () => serialize($object), BigException::class,
                [$class, 'cannot be serialized', $how]);
            hardening_refused("serialize [$name] ($class)", fn () => serialize(['x' => [$object]]), BigException::class,
                [$class, 'cannot be serialized']);
            hardening_refused("clone $name ($class)", fn () => clone $object, Error::class, [$class]);
            hardening_refused("json_encode $name ($class)", fn () => json_encode($object), BigException::class,
                [$class, 'cannot be given to json_encode()']);
            hardening_refused("set an unknown property of $name ($class)",
                function () use ($object) { $object->no_such_property = 1; }, BigException::class,
                [$class, 'no_such_property', 'cannot be set']);
            hardening_refused("set thisown of $name ($class)",
                function () use ($object) { $object->thisown = 1; }, BigException::class,
                [$class, 'thisown', 'libbig decides who frees']);
        }
    }
    hardening_check('serialize: at least 20 classes', count($seen) >= 20);
}

/*
 * A nested unserialize() (from Serializable::unserialize()) hands the
 * object out before its __unserialize() refuses it: an object with no C
 * object, which every use refuses.
 */
function hardening_unmade(string $class)
{
    global $hardening_unmade;
    if (!class_exists('HardeningNest', false)) {
        set_error_handler(fn () => true, E_DEPRECATED); // Serializable is deprecated
        eval('final class HardeningNest implements Serializable {
            public function serialize(): string { return ""; }
            public function unserialize(string $data): void { $GLOBALS["hardening_unmade"][] = unserialize($data); }
        }');
        restore_error_handler();
    }
    $hardening_unmade = [];
    $inner = 'O:' . strlen($class) . ":\"$class\":0:{}";
    hardening_refused("nested unserialize $class", fn () => unserialize('C:13:"HardeningNest":' . strlen($inner) . ":{{$inner}}"),
        BigException::class, [$class, 'cannot be unserialized']);
    hardening_check("nested unserialize $class handed out", count($hardening_unmade) === 1 && $hardening_unmade[0] instanceof $class);
    return $hardening_unmade[0];
}

function hardening_use(string $examples): void
{
    $no = [BigException::class, ['made without its constructor', 'holds no C object']];
    $cat = hardening_unmade('BigCatalogue');
    $bio2 = BigCatalogue::builtin('bio2');
    $words = fn ($class) => [$class, ...$no[1]];
    hardening_refused('method of an empty catalogue', fn () => $cat->find('5.1'), $no[0], $words('BigCatalogue'));
    hardening_refused('property of an empty catalogue', fn () => $cat->id, $no[0], $words('BigCatalogue'));
    hardening_refused('count() of an empty catalogue', fn () => count($cat), $no[0], $words('BigCatalogue'));
    hardening_refused('foreach over an empty catalogue', function () use ($cat) {
        foreach ($cat as $node) {
        }
    }, $no[0], $words('BigCatalogue'));
    hardening_refused('an empty catalogue as argument', fn () => BigAssessment::load_string($cat, '{}'), $no[0], $words('BigCatalogue'));
    hardening_refused('an empty catalogue to a constructor', fn () => new BigAssessment($cat, 'GM0001', '2025'), $no[0], $words('BigCatalogue'));
    hardening_refused('serialize an empty catalogue', fn () => serialize($cat), BigException::class, ['BigCatalogue', 'cannot be serialized']);

    $node = hardening_unmade('BigNode');
    hardening_refused('property of an empty node', fn () => $node->title, $no[0], $words('BigNode'));
    $report = BigAssessment::load_file($bio2, "$examples/demo-assessment.json")->score();
    hardening_refused('an empty node as a node key', fn () => $report->scores($node), $no[0], $words('BigNode'));

    $a = hardening_unmade('BigAssessment');
    hardening_refused('method of an empty assessment', fn () => $a->score(), $no[0], $words('BigAssessment'));
    hardening_refused('an empty assessment in an array', fn () => big_aggregate([$a]), $no[0], $words('BigAssessment'));
    // Its constructor makes it an assessment as new would.
    $a->__construct($bio2, 'GM0001', '2025');
    hardening_check('an empty assessment constructed late', $a->score()->catalogue->id === 'bio2');

    $gap = hardening_unmade('BigGap');
    hardening_refused('property of an empty gap', fn () => $gap->size, $no[0], $words('BigGap'));
    global $hardening_unmade;
    $hardening_unmade = [];
}

/** A second __construct() is refused; the object and its views stay as they were. */
function hardening_construct_twice(): void
{
    $cat = BigCatalogue::builtin('bio2');
    $a = new BigAssessment($cat, 'GM0001', '2025');
    $a->set_status('5.01.01', 'implemented');
    $result = $a->result('5.01.01');
    hardening_refused('__construct twice', fn () => $a->__construct($cat, 'GM0002', '2024'), BigException::class,
        ['BigAssessment::__construct()', 'already constructed']);
    gc_collect_cycles();
    hardening_check('still the first assessment', $a->organisation_id === 'GM0001' && $a->period === '2025');
    hardening_check('its view still reads it', $result->status === 'implemented');
    hardening_refused('__construct of a catalogue', fn () => $cat->__construct(), BigException::class, ['BigCatalogue', 'cannot be made with new']);
}

/** Strings: ints, floats and bools converted without a leak, NUL bytes refused. */
function hardening_strings(string $examples): void
{
    $cat = BigCatalogue::builtin('bio2');
    $a = new BigAssessment($cat, 363, 2025);
    hardening_check('int arguments', $a->organisation_id === '363' && $a->period === '2025');
    $a = new BigAssessment($cat, 12345678.5, true);
    hardening_check('float and bool arguments', $a->organisation_id === '12345678.5' && $a->period === '1');
    hardening_refused('an array as a string', fn () => new BigAssessment($cat, [], '2025'), TypeError::class, ['organisation_id', 'array given']);
    hardening_refused('an object as a string', fn () => $cat->find(new ArrayObject()), TypeError::class, ['id', 'ArrayObject given']);
    hardening_refused('an int document', fn () => BigCatalogue::load_string(12345678), BigException::class, ['a libbig document']);
    hardening_refused('strict_types', fn () => eval('declare(strict_types=1); return new BigAssessment(BigCatalogue::builtin("bio2"), "GM0001", 2025);'),
        TypeError::class, ['period must be of type ?string, int given']);

    $a = new BigAssessment($cat, 'GM0001', '2025');
    $nul = [ValueError::class, ['must not contain any null bytes']];
    hardening_refused('a status with NUL', fn () => $a->set_status('5.01.01', "implemented\0x"), ...$nul);
    hardening_check('the status not set', $a->result('5.01.01') === null || $a->result('5.01.01')->status !== 'implemented');
    hardening_refused('an id with NUL', fn () => $a->set_status("5.01.01\0x", 'implemented'), ...$nul);
    hardening_refused('a node id with NUL', fn () => $cat->find("5.1\0x"), ...$nul);
    hardening_refused('a path with NUL', fn () => BigCatalogue::load_file("$examples/demo-assessment.json\0x"), ...$nul);
    $report = BigAssessment::load_file($cat, "$examples/demo-assessment.json")->score();
    hardening_refused('a node key with NUL', fn () => $report->scores("5\0x"), ...$nul);
    hardening_refused('an id list with NUL', fn () => big_aggregate([$a], ['expected_members' => ["GM0001\0x"]]), ...$nul);
    hardening_refused('an option with NUL', fn () => big_aggregate([$a], ['method' => "median\0x"]), ...$nul);
    // A document keeps all its bytes: the library refuses the NUL byte at its place.
    hardening_refused('a document with NUL', fn () => BigAssessment::load_string($cat, "{\"format\": \"libbig.assessment\0\"}"),
        BigException::class, ['<buffer>:1:', 'NUL']);
    hardening_refused('a document with NUL, later', fn () => BigCatalogue::load_buffer("{\"format\": \"libbig.catalogue\", \"id\": \"toy\0evil\"}"),
        BigException::class, ['NUL']);
}

/*
 * An id given as a number is converted into scratch memory that is released
 * after the call, before the list is made: a list of one id keeps its own
 * copy (read freed memory before, which valgrind reports).
 */
function hardening_numeric_ids(): void
{
    $m = BigMapping::builtin('bio-to-bio2');
    $names = fn ($es) => array_map(fn ($e) => $e->source . '>' . $e->target, $es);
    $by_number = $m->target_entries(5.1);
    gc_collect_cycles();
    hardening_check('target_entries(5.1) lists the entries of "5.1"',
        $names($by_number) === $names($m->target_entries('5.1')) && count($by_number) > 0);
    hardening_check('source_entries(5.1) lists the entries of "5.1"',
        $names($m->source_entries(5.1)) === $names($m->source_entries('5.1')));
}

function hardening_main(string $examples): int
{
    global $hardening_checks, $hardening_failures;
    $hardening_checks = 0;
    $hardening_failures = 0;
    hardening_construction();
    hardening_serialize($examples);
    hardening_use($examples);
    hardening_construct_twice();
    hardening_strings($examples);
    hardening_numeric_ids();
    gc_collect_cycles();
    echo "hardening.php: $hardening_checks checks, $hardening_failures failed\n";
    return $hardening_failures === 0 ? 0 : 1;
}

if (realpath($_SERVER['SCRIPT_FILENAME'] ?? '') === __FILE__) {
    set_error_handler(function (int $severity, string $message, string $file, int $line): bool {
        throw new ErrorException($message, 0, $severity, $file, $line);
    });
    exit(hardening_main($argv[1]));
}
