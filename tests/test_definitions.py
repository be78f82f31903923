"""The definitions module: the published values as METHOD.md and the reports give them,
and every region type with a label and a colour."""
from clusterindex.algorithms import definitions as defs


def test_published_values_are_those_of_the_reports():
    assert defs.PUBLISHED_THRESHOLDS_NL_2011 == {"Benchmark industry": (0.0203, 0.0269),
                                                 "Benchmark services": (0.0403, 0.0579)}
    assert defs.PUBLISHED_MEAN_NL_2011 == {"Benchmark industry": 0.0185, "Benchmark services": 0.0257}


def test_region_types_have_labels_and_colours():
    assert sorted(defs.REGION_TYPES) == [1, 2, 3, 4, 5, 6]
    for t, (label, colour) in defs.REGION_TYPES.items():
        assert label.startswith("Type %d: " % t)
        assert colour.startswith("#") and len(colour) == 7


def test_enum_options_match_their_enums():
    assert len(defs.METHOD_OPTIONS) == len(defs.Method)
    assert len(defs.BENCHMARK_CHOICE_OPTIONS) == len(defs.BenchmarkChoice)
    assert len(defs.THRESHOLD_OPTIONS) == len(defs.BenchmarkSource)
    assert len(defs.LQ_BASIS_OPTIONS) == len(defs.LqBasis)
    assert len(defs.BENCHMARK_POPULATION_OPTIONS) == len(defs.BenchmarkPopulation)
