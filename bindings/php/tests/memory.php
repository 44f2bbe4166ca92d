<?php
/*
 * Memory rules of the PHP extension, run under valgrind (with PHP's own
 * allocator off) by the test php-memory, and plainly by
 * test_organisations.php: every object handed out keeps alive what it
 * needs. For each kind of child, a function makes it from parents of its
 * own and returns the child alone, so that nothing else refers to those
 * parents; the garbage is collected and the child used. A child that
 * borrowed from a freed parent would read freed memory, which valgrind
 * reports (the test fails on any error or leak).
 *
 * Usage: php -d extension=libbig.so memory.php EXAMPLES_DIR
 *
 * SPDX-License-Identifier: MIT
 */

declare(strict_types=1);

function memory_bio2(): BigCatalogue
{
    return BigCatalogue::builtin('bio2');
}

/** The assessments of 2025 by organisation id. */
function memory_period(BigCatalogue $cat, string $examples, string $period = '2025'): array
{
    $by = [];
    foreach (glob("$examples/collab/$period/*.json") as $f) {
        $a = BigAssessment::load_file($cat, $f);
        $by[$a->organisation_id] = $a;
    }
    return $by;
}

function memory_towns(array $by): array
{
    return array_values(array_filter($by, fn ($a) => str_starts_with($a->organisation_id, 'GM')));
}

function memory_collaborations(BigCatalogue $cat, string $examples): array
{
    return [BigCollaboration::load_file($cat, "$examples/collab/SV0001.json"),
        BigCollaboration::load_file($cat, "$examples/collab/SV0002.json")];
}

/** [make, use] per kind of child. */
function memory_children(string $ex): array
{
    $report = fn () => BigAssessment::load_file(memory_bio2(), "$ex/demo-assessment.json")->score();
    $comparison = function () use ($ex) {
        $by = memory_period(memory_bio2(), $ex);
        return big_compare($by['GM9902'], $by['GM9903']);
    };
    $region = function () use ($ex) {
        $cat = memory_bio2();
        [$sv1, $sv2] = memory_collaborations($cat, $ex);
        $r = BigCollaboration::load_string($cat, '{"format": "libbig.collaboration", "format_version": 1,'
            . ' "id": "SV9999", "name": "Regio Kwelderland", "kind": "regio",'
            . ' "catalogue": {"id": "bio2", "version": "1.2"}, "members": ["SV0001", "SV0002", "GM9906"]}');
        return $r->aggregate(array_values(memory_period($cat, $ex)), ['collaborations' => [$r, $sv1, $sv2]]);
    };
    $trend = function () use ($ex) {
        $cat = memory_bio2();
        $sv1 = memory_collaborations($cat, $ex)[0];
        return big_trend_new(
            $sv1->aggregate(array_values(memory_period($cat, $ex, '2024')), ['method' => 'mean']),
            $sv1->aggregate(array_values(memory_period($cat, $ex)), ['method' => 'mean']));
    };
    $migration = function () {
        $old = new BigAssessment(BigCatalogue::builtin('bio'), 'GM9901', '2023');
        $old->set_status('5.1.1', 'implemented');
        return big_migrate($old, BigMapping::builtin('bio-to-bio2'), memory_bio2());
    };
    $reports = fn () => array_map(fn ($a) => $a->score(), memory_towns(memory_period(memory_bio2(), $ex)));
    $texts_json = '{"format": "libbig.texts", "format_version": 1, "catalogue": {"id": "bio2", "version": "1.2"},'
        . ' "language": "nl", "texts": {"5.01.01": {"title": "Beleid", "text": "Het beleid."}}}';
    $texts = fn () => BigTexts::load_string(memory_bio2(), $texts_json);
    $texts_report = function () use ($ex, $texts_json) {
        $cat = memory_bio2();
        $a = BigAssessment::load_file($cat, "$ex/demo-assessment.json");
        return $a->score(['texts' => BigTexts::load_string($cat, $texts_json), 'include_text' => true]);
    };
    return [
        'texts' => [$texts, fn ($t) => [$t->title('5.01.01'), $t->text('5.01.01'), $t->catalogue->id, count($t)]],
        'report with texts' => [$texts_report, fn ($r) => [$r->to_json(), $r->gaps_to_csv(), $r->node_text('5.01.01')]],
        'texts of a report' => [fn () => $texts_report()->texts,
            fn ($t) => [$t->language, $t->text('5.01.01'), $t->catalogue->title]],
        'node' => [fn () => memory_bio2()->find('5.1'),
            fn ($n) => [$n->title, $n->parent->id, $n->catalogue->id, count($n->children)]],
        'requirements' => [fn () => memory_bio2()->requirements,
            fn ($ns) => array_map(fn ($n) => $n->title, array_slice($ns, 0, 5))],
        'profile' => [fn () => memory_bio2()->profiles[0], fn ($p) => [$p->id, count($p), $p->catalogue->id]],
        'tag' => [fn () => memory_bio2()->tags[0], fn ($t) => [$t->id, $t->label]],
        'criterion' => [fn () => memory_bio2()->criteria[0], fn ($c) => [$c->id, $c->level]],
        'assessment' => [fn () => memory_period(memory_bio2(), $ex)['GM9901'],
            fn ($a) => [$a->catalogue->id, $a->score()->to_json()]],
        'report' => [$report, fn ($r) => [$r->to_json(), $r->catalogue->id]],
        'scores' => [fn () => $report()->scores('5'), fn ($s) => [$s->implementation, $s->counts]],
        'result' => [fn () => memory_period(memory_bio2(), $ex)['GM9901']->result('5.01.01'),
            fn ($r) => [$r->id, $r->status, $r->maturity, $r->evidence, $r->criteria]],
        'actions' => [function () {
            $a = new BigAssessment(memory_bio2(), 'GM9901', '2025');
            $a->add_action('5.01.01', 'Back-ups testen', 'IT-beheer', '2026-03-31');
            $a->add_action('5.01.01', 'Herstelplan', null, null, 'done');
            return $a->result('5.01.01')->actions;
        }, fn ($xs) => array_map(fn ($x) => [$x->description, $x->owner, $x->due, $x->status], $xs)],
        'gap actions' => [fn () => $report()->gap_actions('5.15.01'),
            fn ($xs) => array_map(fn ($x) => [$x->description, $x->owner, $x->due, $x->status], $xs)],
        'gap' => [fn () => $report()->gaps[0], fn ($g) => [$g->node->title, $g->node->catalogue->id]],
        'exceptions' => [fn () => $report()->exceptions,
            fn ($xs) => array_map(fn ($x) => $x->node->title . $x->explanation, $xs)],
        'attainment' => [fn () => $report()->attainments[0], fn ($a) => [$a->profile->id, $a->profile->catalogue->id]],
        'before' => [fn () => $comparison()->before, fn ($r) => [$r->to_json(), $r->overall->implementation]],
        'delta' => [fn () => $comparison()->node('5'), fn ($d) => [$d->implementation, $d->applicable]],
        'entries' => [fn () => BigMapping::builtin('bio-to-bio2')->source_entries('5.1.1'),
            fn ($es) => array_map(fn ($e) => [$e->source, $e->target, $e->relationship], $es)],
        'contribution' => [fn () => $comparison()->contributions[0], fn ($c) => [$c->node->title, $c->contribution]],
        'collaboration' => [fn () => memory_collaborations(memory_bio2(), $ex)[0],
            fn ($c) => [$c->catalogue->id, array_map(fn ($n) => $n->title, $c->delegated), $c->members]],
        'effective' => [function () use ($ex) {
            $cat = memory_bio2();
            $by = memory_period($cat, $ex);
            return memory_collaborations($cat, $ex)[0]->effective_assessment($by['GM9901'], $by['SV0001']);
        }, fn ($e) => [$e->provenance_source('6.01.01'), $e->to_json(), $e->score()->overall->coverage]],
        'trend' => [$trend, fn ($t) => [$t->to_json(), $t->to_csv(), $t->effects->change,
            $t->before->to_json(), $t->stayers_after->overall->implementation]],
        'requirement trend' => [fn () => $trend()->contributions[0],
            fn ($x) => [$x->node->title, $x->contribution, array_map(fn ($c) => $c->member, $x->members)]],
        'member change' => [fn () => $trend()->contributions[0]->members[0],
            fn ($c) => [$c->member, $c->before, $c->after, $c->change]],
        'member trend' => [fn () => $trend()->members[0], fn ($m) => [$m->id, $m->before, $m->change]],
        'trend effects' => [fn () => $trend()->effects, fn ($e) => [$e->change, $e->stayers, $e->stayed]],
        'aggregate of a trend' => [fn () => $trend()->after, fn ($ag) => [$ag->to_json(), $ag->id]],
        'aggregate' => [fn () => big_aggregate(memory_towns(memory_period(memory_bio2(), $ex)), ['method' => 'median']),
            fn ($ag) => [$ag->to_json(), $ag->to_csv(), $ag->catalogue->id]],
        'nested' => [fn () => $region()->members[0]->nested,
            fn ($n) => [$n->id, $n->to_json(), array_map(fn ($m) => $m->overall->implementation, $n->members)]],
        'member' => [fn () => $region()->members[1], fn ($m) => [$m->id, $m->nested->id, $m->nested->to_json()]],
        'distribution' => [fn () => big_distribution($reports(), ['k' => 3]),
            fn ($d) => [$d->to_json(), $d->scores('5')->implementation->median, $d->percentile_rank(0.7)]],
        'statistics' => [fn () => big_distribution($reports())->overall,
            fn ($s) => [$s->implementation->mean, $s->coverage->median]],
        'migration' => [$migration, fn ($m) => [$m->to_json(), $m->to_csv(), $m->assessment->to_json()]],
        'origins' => [fn () => $migration()->provenance('5.01.01'), fn ($os) => array_map(fn ($o) => $o->source . $o->via, $os)],
        'migrated' => [fn () => $migration()->take_assessment(), fn ($a) => [$a->catalogue->id, $a->score()->to_json()]],
        // an error of a workbook's first import, after a second replaced the list
        'workbook error' => [function () {
            $wb = new BigWorkbook();
            $wb->add_csv('w.csv', "id;status\n5.01.01;half\n");
            try {
                $wb->to_assessment(memory_bio2());
            } catch (BigException $e) {
            }
            $first = $wb->errors[0];
            $wb->add_csv('w-Organisatie.csv', "veld;waarde\norganisatie;GM9901\n");
            try {
                $wb->to_assessment(memory_bio2());
            } catch (BigException $e) {
            }
            return $first;
        }, fn ($e) => [$e->sheet, $e->row, $e->column, $e->value, $e->message]],
        // a foreach by reference from outside cannot reach what keeps a view's parent alive
        'node after foreach by reference' => [function () {
            $node = memory_bio2()->find('5.1');
            foreach ($node as $k => &$v) {
                $v = null;
            }
            unset($v);
            return $node;
        }, fn ($n) => [$n->title, $n->parent->id, count(get_object_vars($n))]],
    ];
}

function memory_main(string $examples): int
{
    $values = 0;
    $children = memory_children($examples);
    foreach ($children as $name => [$make, $use]) {
        $child = $make();
        gc_collect_cycles();
        $first = $use($child);
        gc_collect_cycles();
        if ($use($child) !== $first) {
            fwrite(STDERR, "memory.php: $name changed\n");
            return 1;
        }
        unset($child);
        gc_collect_cycles();
        $values += count($first);
    }
    echo 'memory.php: ', count($children), " kinds of children used after their parents went, $values values read\n";
    return 0;
}

if (realpath($_SERVER['SCRIPT_FILENAME'] ?? '') === __FILE__) {
    set_error_handler(function (int $severity, string $message, string $file, int $line): bool {
        throw new ErrorException($message, 0, $severity, $file, $line);
    });
    exit(memory_main($argv[1]));
}
