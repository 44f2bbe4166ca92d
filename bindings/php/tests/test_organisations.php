<?php
/*
 * Tests of the PHP extension of libbig: many organisations (collaborations,
 * effective assessments, aggregates, distributions, migrations), options
 * arrays, the name lists and the memory rules (run by run.php). The data:
 * the worked collaboration of docs/scoring.md and the example data set of
 * examples/data/collab/.
 *
 * SPDX-License-Identifier: MIT
 */

declare(strict_types=1);

$COLLAB = "$DATA/collaboration/worked-collaboration.json";
$SV_ASSESSMENT = "$DATA/collaboration/worked-collaboration-assessment.json";
$BIO_ASSESSMENT = dirname(__DIR__, 2) . '/tests/data/bio-assessment.json';

/** [catalogue, assessments by organisation, SV0001, SV0002] of one period. */
function collab_data(string $period): array
{
    global $EXAMPLES;
    $cat = BigCatalogue::builtin('bio2');
    $by = [];
    foreach (glob("$EXAMPLES/collab/$period/*.json") as $f) {
        $a = BigAssessment::load_file($cat, $f);
        $by[$a->organisation_id] = $a;
    }
    ksort($by);
    return [$cat, $by, BigCollaboration::load_file($cat, "$EXAMPLES/collab/SV0001.json"),
        BigCollaboration::load_file($cat, "$EXAMPLES/collab/SV0002.json")];
}

function municipalities(array $by): array
{
    return array_values(array_filter($by, fn ($a) => str_starts_with($a->organisation_id, 'GM')));
}

test('names and version', function () {
    same(['implemented', 'partially_implemented', 'not_implemented', 'not_applicable',
        'risk_accepted', 'not_assessed'], big_status_names(), 'statuses');
    same(['hierarchical', 'flat', 'weakest'], big_rollup_names(), 'roll-ups');
    same(['collaboration', 'member', 'worst', 'best'], big_policy_names(), 'policies');
    same(['weakest', 'mean', 'weighted_mean', 'median'], big_aggregate_method_names(), 'methods');
    same(['equal', 'subset', 'superset', 'intersect', 'not_related'], big_relationship_names(), 'relationships');
    same(['implementation', 'maturity', 'explanation', 'werking'], big_gap_kind_names(),
         'gap kinds');
    same(['info', 'warning'], big_severity_names(), 'severities');
    same(['own', 'delegated'], big_provenance_kind_names(), 'provenance kinds');
    same(big_version(), implode('.', big_version_info()), 'version_info');
    check(is_bool(big_has_feature('xlsx')), 'has_feature(xlsx) is a bool');
    same(false, big_has_feature('XLSX'), 'has_feature(XLSX)');
    same(-14, BIG_EUNSUPPORTED, 'EUNSUPPORTED');
    same('BIG_EUNSUPPORTED', big_error_name(BIG_EUNSUPPORTED), 'error_name(EUNSUPPORTED)');
    check(str_starts_with(big_builtin_json('bio2'), '{'), 'builtin_json');
    throws(fn () => big_builtin_json('nope'), BIG_ENOTFOUND, 'builtin_json(nope)');
});

test('collaboration', function () use ($COLLAB) {
    [$cat] = worked();
    $c = BigCollaboration::load_file($cat, $COLLAB);
    check($c instanceof Countable && $c instanceof IteratorAggregate, 'Countable, IteratorAggregate');
    same(['SV-DEMO', 'Sociale dienst Voorbeeldregio', 'sociale_dienst', 'collaboration'],
        [$c->id, $c->name, $c->kind, $c->policy], 'properties');
    same(['GM9901', 'GM9902'], $c->members, 'members');
    same(['GM9901', 'GM9902'], iterator_to_array($c), 'iteration');
    same(2, count($c), 'count');
    same(['GM9901' => 2.0, 'GM9902' => 1.0], $c->member_weights, 'weights');
    same([true, false], [$c->has_member('GM9901'), $c->has_member('GM0363')], 'has_member');
    same(['B'], ids($c->delegated), 'delegated');
    same([true, false], [$c->delegates('B.2'), $c->delegates('A.1')], 'delegates');
    same([], $c->diagnostics, 'diagnostics');
    same('worked-example', $c->catalogue->id, 'catalogue');
    $text = file_get_contents($COLLAB);
    throws(fn () => BigCollaboration::load_string($cat, str_replace('{"id": "GM9902"}', '{"id": "GM9901"}', $text)),
        BIG_EDUPLICATE, 'a member twice');
    throws(fn () => BigCollaboration::load_file(BigCatalogue::builtin('bio2'), $COLLAB), BIG_EMISMATCH, 'catalogue');
    throws_class(fn () => BigCollaboration::load_file(null, $COLLAB), TypeError::class, 'null catalogue');
});

test('effective assessment (worked example 4)', function () use ($COLLAB, $SV_ASSESSMENT, $DATA) {
    [$cat, $member] = worked();
    $own = BigAssessment::load_file($cat, $SV_ASSESSMENT);
    $c = BigCollaboration::load_file($cat, $COLLAB);
    $e = $c->effective_assessment($member, $own);
    foreach ($cat->requirements as $r) {
        $delegated = $c->delegates($r->id);
        same($delegated ? 'delegated' : 'own', $e->provenance($r->id), "provenance $r->id");
        same($delegated ? 'SV-DEMO' : null, $e->provenance_source($r->id), "source $r->id");
        same(($delegated ? $own : $member)->result($r->id)->status, $e->result($r->id)->status, "status $r->id");
    }
    same(c_output("--effective=$COLLAB", "$DATA/worked-catalogue.json", "$DATA/worked-assessment.json",
        $SV_ASSESSMENT), $e->to_json(), 'JSON equals C');
    same('not_assessed', $c->effective_assessment($member)->result('B.1')->status, 'without its result');
    $e = $c->effective_assessment($member);
    same([['collaboration-silent', '$.results["B.1"]'], ['collaboration-silent', '$.results["B.3"]']],
        array_map(fn ($d) => [$d->code, $d->path], $e->diagnostics), 'collaboration-silent');
    same("collaboration SV-DEMO has no result for delegated requirement B.1: the member's own "
        . "result (risk_accepted) is not used, the requirement counts as not_assessed",
        $e->diagnostics[0]->message, 'its message');
    [, $by, $sv1] = collab_data('2025');
    throws(fn () => $sv1->effective_assessment($by['GM9906']), BIG_ENOTFOUND, 'not a member');
});

test('aggregate: the committed fixture, members, scores', function () use ($SV_ASSESSMENT, $DATA) {
    [$cat, $a] = worked();
    $sv = BigAssessment::load_file($cat, $SV_ASSESSMENT);
    $ag = big_aggregate([$a, $sv], ['method' => 'weighted_mean', 'weights' => [2, 1],
        'expected_members' => ['GM9901', 'SV-DEMO', 'GM9902'], 'expected_weights' => [2, 1, 1]]);
    check($ag instanceof BigAggregate, 'BigAggregate');
    same(file_get_contents("$DATA/documents/aggregate.json"), $ag->to_json(), 'aggregate.json');
    same(['weighted_mean', null, ['GM9902'], 3], [$ag->method, $ag->id, $ag->missing, count($ag)], 'properties');
    same([['GM9901', 2.0, false], ['SV-DEMO', 1.0, false], ['GM9902', 1.0, true]],
        array_map(fn ($m) => [$m->id, $m->weight, $m->missing], iterator_to_array($ag)), 'members');
    same(null, $ag->members[2]->overall, 'a missing member has no scores');
    same($a->score()->overall->implementation, $ag->members[0]->overall->implementation, 'member scores');
    same(6, $ag->overall->applicable, 'applicable');
    same($ag->scores('A')->implementation, $ag->scores($cat->find('A'))->implementation, 'by id and by node');
    same(null, $ag->scores('nope'), 'unknown node');
    $paths = ["$DATA/worked-catalogue.json", "$DATA/worked-assessment.json", $SV_ASSESSMENT];
    same(c_output('--aggregate', '--method=median', '--csv', ...$paths),
        big_aggregate([$a, $sv], ['method' => 'median'])->to_csv(), 'CSV equals C');
    same(c_output('--aggregate', '--rollup=flat', '--target=2', '--compact', ...$paths),
        big_aggregate([$a, $sv], ['rollup' => 'flat', 'target' => 2])->to_json(true), 'options equal C');
    same(c_output('--aggregate', ...$paths), big_aggregate([$a, $sv])->to_json(), 'no options');
});

test('aggregate: attribution, ranking, gaps (issue 20)', function () use ($SV_ASSESSMENT, $DATA) {
    [$cat, $a] = worked();
    $sv = BigAssessment::load_file($cat, $SV_ASSESSMENT);
    $ag = big_aggregate([$a, $sv], ['expected_members' => ['GM9902']]);
    $paths = ["$DATA/worked-catalogue.json", "$DATA/worked-assessment.json", $SV_ASSESSMENT];
    same(c_output('--aggregate', '--expected=GM9902', '--ranking-csv', ...$paths),
        $ag->ranking_to_csv(), 'ranking CSV equals C');
    same(c_output('--aggregate', '--expected=GM9902', '--gaps-csv', '--safe', ...$paths),
        $ag->gaps_to_csv(false, true), 'gaps CSV equals C');
    same(6, count($ag->attribution), 'an attribution per requirement');
    // every requirement has a 0 besides GM9902's: nobody alone, ties by id
    same([['GM9901', 0], ['GM9902', 0], ['SV-DEMO', 0]],
        array_map(fn ($r) => [$r->member, $r->requirements], $ag->ranking), 'ranking');
    foreach ($ag->attribution as $at) {
        check(in_array('GM9902', $at->holders, true), "GM9902 holds {$at->id}");
    }
    same(null, $ag->attribution_of('A'), 'not a requirement');
    same($a->score()->scores('A')->implementation, $ag->member_node(0, 'A')->implementation,
        'a member\'s own node scores');
    same(0.0, $ag->member_node(2, 'A')->implementation, 'a missing member\'s');
    same(-$ag->attribution_of('A.1')->value, $ag->member_deviation(2, 'A.1'), 'deviation');
    throws(fn () => $ag->member_deviation(3, 'A.1'), BIG_ERANGE, 'member out of range');
    throws(fn () => $ag->member_deviation(0, 'A'), BIG_ENOTFOUND, 'not a requirement');
    foreach ($ag->gaps as $g) {
        check(in_array('GM9902', $g->responsible, true), "GM9902 answers for {$g->id}");
    }
});

test('aggregate: options and errors', function () use ($SV_ASSESSMENT) {
    [$cat, $a] = worked();
    $both = [$a, BigAssessment::load_file($cat, $SV_ASSESSMENT)];
    throws_class(fn () => big_aggregate($both, ['methd' => 'mean']), ValueError::class, 'unknown option');
    throws_class(fn () => big_aggregate($both, ['mean']), ValueError::class, 'an option without a name');
    throws_class(fn () => big_aggregate($both, ['method' => 1]), TypeError::class, 'method type');
    throws_class(fn () => big_aggregate($both, ['weights' => '12']), TypeError::class, 'weights type');
    throws_class(fn () => big_aggregate($both, ['weights' => ['x']]), TypeError::class, 'weight type');
    throws_class(fn () => big_aggregate($both, ['expected_members' => [1]]), TypeError::class, 'ids type');
    throws_class(fn () => big_aggregate([$a, null]), TypeError::class, 'null assessment');
    throws_class(fn () => big_aggregate($both, 'mean'), TypeError::class, 'options not an array');
    throws(fn () => big_aggregate($both, ['method' => 'average']), BIG_EINVAL, 'method');
    $e = throws(fn () => big_aggregate($both, ['method' => 'weighted_mean', 'weights' => [1]]), BIG_EINVAL, 'weights');
    check(str_contains($e->getMessage(), 'weights: 1 given for 2 assessments'), $e->getMessage());
    throws(fn () => big_aggregate($both, ['method' => 'weighted_mean', 'weights' => [1, -1]]), BIG_ERANGE, 'weight');
    throws(fn () => big_aggregate([]), BIG_EINVAL, 'none');
    throws(fn () => big_aggregate([$a, $a]), BIG_EDUPLICATE, 'twice');
    throws(fn () => big_aggregate($both, ['target' => 99]), BIG_ERANGE, 'target');
    same(2, count(big_aggregate(['x' => $both[0], 'y' => $both[1]], null)), 'keys and null options');
});

test('aggregate a collaboration, nested', function () use ($COLLAB, $SV_ASSESSMENT, $DATA) {
    [$cat, $a] = worked();
    $sv = BigAssessment::load_file($cat, $SV_ASSESSMENT);
    $c = BigCollaboration::load_file($cat, $COLLAB);
    $ag = $c->aggregate([$a, $sv], ['method' => 'weighted_mean']);
    same(['SV-DEMO', true], [$ag->id, $ag->collaboration_assessed], 'id, own assessment');
    same(false, $c->aggregate([$a])->collaboration_assessed, 'without its own assessment');
    same(c_output('--aggregate', '--method=weighted_mean', "--collaboration=$COLLAB",
        "$DATA/worked-catalogue.json", "$DATA/worked-assessment.json", $SV_ASSESSMENT),
        $ag->to_json(), 'JSON equals C');
    throws_class(fn () => $c->aggregate([$a, $sv], ['weights' => [1, 2]]), ValueError::class, 'weights');

    [$cat, $by, $sv1, $sv2] = collab_data('2025');
    $region = BigCollaboration::load_string($cat, '{"format": "libbig.collaboration", "format_version": 1,'
        . ' "id": "SV9999", "catalogue": {"id": "bio2", "version": "1.2"},'
        . ' "members": ["SV0001", "SV0002", "GM9906"]}'); // no name, kind, delegated, policy
    $ag = $region->aggregate(array_values($by), ['collaborations' => [$region, $sv1, $sv2], 'method' => 'mean']);
    same(['SV0001', 'SV0002', 'GM9906'], ids($ag->members), 'members');
    $nested = $ag->members[0]->nested;
    same('SV0001', $nested->id, 'nested');
    same($sv1->aggregate(array_values($by), ['collaborations' => [$sv1, $sv2], 'method' => 'mean'])->to_json(),
        $nested->to_json(), 'nested equals alone');
    same(null, $ag->members[2]->nested, 'an organisation');
    $member = $ag->members[1];
    unset($ag, $region, $sv1, $sv2, $by, $cat);
    gc_collect_cycles();
    same(1, $nested->members[0]->overall->n, 'nested outlives the aggregate');
    same('SV0002', $member->nested->id, 'member outlives the aggregate');
    throws_class(fn () => $nested->scores(null), TypeError::class, 'scores(null)');
});

test('aggregate flattened, under the guard', function () use ($EXAMPLES) {
    [$cat, $by, $sv1, $sv2] = collab_data('2025');
    $region = BigCollaboration::load_string($cat, '{"format": "libbig.collaboration", "format_version": 1,'
        . ' "id": "SV9999", "catalogue": {"id": "bio2", "version": "1.2"},'
        . ' "members": ["SV0001", "SV0002", "GM9906"]}');
    $pool = ['collaborations' => [$region, $sv1, $sv2], 'method' => 'mean'];
    $flat = $region->aggregate(array_values($by), $pool + ['flatten' => true]);
    same(['GM9901', 'GM9902', 'GM9903', 'GM9904', 'GM9905', 'GM9906'], ids($flat->members), 'each once');
    same([true, 0, 6], [$flat->flattened, $flat->k, $flat->overall->n], 'flattened, k, n');
    $guarded = $region->aggregate(array_values($by), $pool + ['flatten' => true, 'k' => 6]);
    same([6, false, $flat->overall->implementation],
        [$guarded->k, $guarded->overall->suppressed, $guarded->overall->implementation], 'published over six');
    $own = $guarded->members[0]->overall;
    same([true, 1, null], [$own->suppressed, $own->n, $own->implementation], 'a member withheld');
    same(true, big_aggregate(municipalities($by), ['k' => 7])->overall->suppressed, 'big_aggregate k');
    same(false, big_aggregate(municipalities($by))->overall->suppressed, 'no guard by default');
    throws_class(fn () => big_aggregate(municipalities($by), ['flatten' => true]), ValueError::class, 'flatten');
    $d = big_distribution(array_map(fn ($x) => $x->score(), municipalities($by)));
    same(['implementation', 'coverage', 'comply_or_explain'], big_distribution_score_names(), 'score names');
    same($d->percentile_rank(0.5), $d->percentile_rank(0.5, null, 'implementation'), 'implementation');
    same(100.0, $d->percentile_rank(1.5, null, 'coverage'), 'coverage above all');
    throws(fn () => $d->percentile_rank(0.5, null, 'maturity'), BIG_EINVAL, 'unknown score');
});

test('distribution', function () use ($SV_ASSESSMENT, $DATA, $EXAMPLES) {
    [$cat, $a] = worked();
    $others = [BigAssessment::load_file($cat, $SV_ASSESSMENT), BigAssessment::load_file($cat, "$DATA/worked-assessment-after.json")];
    $d = big_distribution(array_map(fn ($x) => $x->score(), array_merge([$a], $others)), ['k' => 3]);
    same(file_get_contents("$DATA/documents/distribution.json"), $d->to_json(), 'distribution.json');

    [$cat, $by] = collab_data('2025');
    $gm = municipalities($by);
    $reports = array_map(fn ($x) => $x->score(), $gm);
    $d = big_distribution($reports);
    same([6, 5], [count($d), $d->k], 'count, k');
    $s = $d->overall->implementation;
    check($s instanceof BigStatistics, 'BigStatistics');
    $values = array_map(fn ($r) => $r->overall->implementation, $reports);
    sort($values);
    same([6, false, true, $values[0], $values[5]], [$s->n, $s->suppressed, $s->available, $s->min, $s->max], 'statistics');
    same(100 * 0.5 / 6, $d->percentile_rank($values[0]), 'percentile rank');
    same($d->percentile_rank(0.5, '5'), $d->percentile_rank(0.5, $cat->find('5')), 'by id and node');
    throws(fn () => $d->percentile_rank(0.5, 'nope'), BIG_ENOTFOUND, 'unknown node');
    $files = array_map(fn ($x) => "$EXAMPLES/collab/2025/{$x->organisation_id}.json", $gm);
    same(c_output('--distribution', '--csv', '--bom', 'builtin:bio2', ...$files), $d->to_csv(true), 'CSV equals C');
    $guarded = big_distribution($reports, ['k' => 7])->overall->implementation;
    same([true, false, null, null], [$guarded->suppressed, $guarded->available, $guarded->min, $guarded->mean], 'guard');
    throws(fn () => big_distribution($reports, ['k' => 7])->percentile_rank(0.5), BIG_ERANGE, 'suppressed rank');
    throws_class(fn () => big_distribution($gm), TypeError::class, 'assessments are not reports');
    throws_class(fn () => big_distribution($reports, ['k' => -1]), BigException::class, 'k < 0');
    throws_class(fn () => big_distribution($reports, ['k' => '3']), TypeError::class, 'k type');
});

test('migration', function () use ($BIO_ASSESSMENT) {
    $old = BigAssessment::load_file(BigCatalogue::builtin('bio'), $BIO_ASSESSMENT);
    $map = BigMapping::builtin('bio-to-bio2');
    $bio2 = BigCatalogue::builtin('bio2');
    $m = big_migrate($old, $map, $bio2);
    check($m instanceof BigMigration, 'BigMigration');
    $args = ['--migrate=builtin:bio-to-bio2', '--to=builtin:bio2'];
    same(c_output(...array_merge($args, ['builtin:bio', $BIO_ASSESSMENT])), $m->to_json(), 'JSON equals C');
    same(c_output(...array_merge($args, ['--csv', 'builtin:bio', $BIO_ASSESSMENT])), $m->to_csv(), 'CSV equals C');
    same(c_output(...array_merge($args, ['--assessment', 'builtin:bio', $BIO_ASSESSMENT])),
        $m->assessment->to_json(), 'the assessment equals C');
    $origins = $m->provenance('5.01.01');
    check($origins[0] instanceof BigMigrationOrigin, 'BigMigrationOrigin');
    same([['5.1.1', 'subset', '5.1'], ['5.1.2', 'subset', '5.1']],
        array_map(fn ($o) => [$o->source, $o->relationship, $o->via], $origins), 'provenance');
    same([true, true], [$m->needs_review('5.01.01'), $m->capped('5.01.01')], 'review, capped');
    same(count($bio2->requirements), $m->migrated_count + count($m->unmapped_targets), 'counts');
    // 6.1.1 (implemented, maturity 3) is equal to control 5.2, applied to its measures.
    same(2, $m->assessment->result('5.02.01')->maturity, 'capped');
    same(3, big_migrate($old, $map, $bio2, ['keep_maturity' => true])->assessment->result('5.02.01')->maturity, 'keep_maturity');
    $copy = $m->assessment;
    $copy->set_status('5.01.01', 'implemented');
    same('partially_implemented', $m->assessment->result('5.01.01')->status, 'a copy');
    $taken = $m->take_assessment();
    same(null, $m->assessment, 'taken');
    throws(fn () => $m->take_assessment(), BIG_ENOTFOUND, 'taken twice');
    unset($m, $map, $bio2, $old);
    gc_collect_cycles();
    same('bio2', $taken->catalogue->id, 'the taken assessment outlives the migration');
    throws_class(fn () => big_migrate($taken, null, $taken->catalogue), TypeError::class, 'null mapping');
    throws_class(fn () => big_migrate($taken, BigMapping::builtin('bio-to-bio2'), $taken->catalogue, ['keep_maturity' => 1]),
        TypeError::class, 'keep_maturity type');
});

test('children outlive their parents (memory.php)', function () use ($EXAMPLES) {
    require_once __DIR__ . '/memory.php';
    same(0, memory_main($EXAMPLES), 'memory.php');
});

test('what a script cannot do with the objects (hardening.php)', function () use ($EXAMPLES) {
    require_once __DIR__ . '/hardening.php';
    same(0, hardening_main($EXAMPLES), 'hardening.php');
});
