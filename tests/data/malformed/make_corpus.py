#!/usr/bin/env python3
"""Writes Balise's corpus of malformed inputs, one folder per importer (tests/data/malformed/README.md).

Run from anywhere: `python3 tests/data/malformed/make_corpus.py`. The output is deterministic and
committed; tests/cli/test_malformed_inputs.cpp feeds every file to the command line. A file named
`bad_*` must be refused with a message and exit code 3, leaving the project byte-identical; a file
named `ok_*` is an awkward but valid variant (BOM, CRLF, quotes and line breaks in cells…) that
must be accepted.
"""
import hashlib
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(HERE, 'base')


class Folder:
    def __init__(self, name):
        self.path = os.path.join(HERE, name)
        shutil.rmtree(self.path, ignore_errors=True)
        os.makedirs(self.path)
        self.names = set()

    def put(self, name, data):
        assert name not in self.names, name
        self.names.add(name)
        if isinstance(data, str):
            data = data.encode('utf-8')
        with open(os.path.join(self.path, name), 'wb') as f:
            f.write(data)

    def count(self):
        return len(self.names)


def encodings(folder, text, ext):
    """The same valid text in encodings a user's tool may produce instead of UTF-8."""
    folder.put('bad_utf16le_bom' + ext, b'\xff\xfe' + text.encode('utf-16-le'))
    folder.put('bad_utf16be_bom' + ext, b'\xfe\xff' + text.encode('utf-16-be'))
    folder.put('bad_utf16le_no_bom' + ext, text.encode('utf-16-le'))
    folder.put('bad_utf32_bom' + ext, text.encode('utf-32'))
    folder.put('bad_windows1252' + ext, text.encode('cp1252', errors='replace'))
    folder.put('bad_latin1' + ext, text.encode('latin-1', errors='replace'))
    raw = text.encode('utf-8')
    folder.put('bad_nul_bytes' + ext, raw[:40] + b'\x00\x00\x00' + raw[40:])
    folder.put('bad_lone_continuation_byte' + ext, raw[:30] + b'\x80' + raw[30:])
    folder.put('bad_overlong_utf8' + ext, raw[:30] + b'\xc0\xaf' + raw[30:])
    folder.put('bad_cut_utf8_sequence' + ext, raw[:30] + b'\xc3' + raw[30:])
    folder.put('bad_surrogate_utf8' + ext, raw[:30] + b'\xed\xa0\x80' + raw[30:])
    folder.put('bad_binary_garbage' + ext, bytes((i * 97 + 13) % 256 for i in range(2048)))
    folder.put('bad_zip_signature' + ext, b'PK\x03\x04' + bytes(200))
    folder.put('bad_pdf_signature' + ext, b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n' + bytes(100))


# --- measurement CSV: `balise import PROJECT FILE.csv` on the French micro-grid project -------------

S1 = 'Microgrid Quartier des Tanneurs'
S2 = 'Boucle solaire Les Coteaux'
HEADER = 'service,indicator,period,value,comment'


def rows(*cells):
    return '\n'.join([HEADER] + [','.join(c) for c in cells]) + '\n'


def measurement_csv():
    f = Folder('measurement_csv')
    good = rows((S1, 'I111', '2027', '60100', ''), (S1, 'I112', '2027', '35', 'relevé du 3 mars'),
                (S2, 'I111', '2027', '58000', ''), (S1, 'I413', '2027', 'faible', ''))
    # awkward but valid
    f.put('ok_plain.csv', good)
    f.put('ok_bom.csv', '\ufeff' + good)
    f.put('ok_crlf.csv', good.replace('\n', '\r\n'))
    f.put('ok_bom_crlf_semicolon_decimal_comma.csv',
          '\ufeff' + good.replace(',', ';').replace('\n', '\r\n').replace('60100', '60100,5'))
    f.put('ok_tab_separated.csv', good.replace(',', '\t'))
    f.put('ok_quoted_comment_with_newlines.csv',
          rows((S1, 'I111', '2027', '60100', '"relevé, puis ""corrigé""\nsur deux lignes"')))
    f.put('ok_missing_markers.csv', rows((S1, 'I111', '2027', 'NA', ''), (S1, 'I112', '2027', 'n/a', ''),
                                         (S2, 'I111', '2027', 'NC', ''), (S2, 'I112', '2027', '', '')))
    f.put('ok_blank_lines_and_trailing_spaces.csv', good.replace('\n', '\n\n') + '\n,,,,\n')
    f.put('ok_new_service_with_html_name.csv', rows(('"<b>Réseau</b> & <i>Cie</i>"', 'I111', '2027', '1', '')))
    f.put('ok_no_final_newline.csv', good.rstrip('\n'))
    f.put('ok_level_number.csv', rows((S1, 'I413', '2027', '2', '')))
    f.put('ok_quoted_everything.csv', '\n'.join(
        ','.join('"%s"' % c for c in line.split(',')) for line in good.strip().split('\n')) + '\n')

    encodings(f, good, '.csv')
    # structure
    f.put('bad_empty.csv', b'')
    f.put('bad_only_bom.csv', b'\xef\xbb\xbf')
    f.put('bad_only_newlines.csv', '\n\n\r\n\n')
    f.put('bad_header_only.csv', HEADER + '\n')
    f.put('bad_header_unknown_columns.csv', 'nom,code,annee,valeur\n%s,I111,2027,1\n' % S1)
    f.put('bad_header_missing_value.csv', 'service,indicator,period\n%s,I111,2027\n' % S1)
    f.put('bad_header_missing_indicator.csv', 'service,period,value\n%s,2027,1\n' % S1)
    f.put('bad_header_duplicate_value.csv', 'service,indicator,period,value,value\n%s,I111,2027,1,2\n' % S1)
    f.put('bad_header_only_separators.csv', ',,,,\n%s,I111,2027,1,\n' % S1)
    f.put('bad_too_many_cells.csv', rows((S1, 'I111', '2027', '1', '', 'extra', 'more')))
    f.put('bad_too_few_cells.csv', rows((S1, 'I111', '2027')))
    f.put('bad_mixed_separators.csv', HEADER + '\n' + ';'.join((S1, 'I111', '2027', '1', '')) + '\n')
    f.put('bad_wide_without_period.csv', 'service,I111,I112\n%s,1,2\n' % S1)
    f.put('bad_wide_unknown_indicator_columns.csv', 'service,I111,X999\n%s,1,2\n' % S1)
    f.put('bad_wide_100000_unknown_columns.csv',
          'service,' + ','.join('Z%d' % i for i in range(100000)) + '\n' + S1 + ',1' * 100000 + '\n')
    # quotes
    f.put('bad_unclosed_quote_in_service.csv', rows(('"' + S1, 'I111', '2027', '1', '')))
    f.put('bad_unclosed_quote_in_comment.csv', rows((S1, 'I111', '2027', '1', '"jamais fermé')))
    f.put('bad_text_after_closing_quote.csv', rows(('"%s"x' % S1, 'I111', '2027', '1', '')))
    f.put('bad_quote_inside_unquoted_value.csv', rows((S1, 'I111', '2027', '1"2', '')))
    f.put('bad_unclosed_quote_at_end_of_file.csv', good + '"')
    multi = rows((S1, 'I111', '2027', '60100', '"une remarque\nsur plusieurs\nlignes, avec ""guillemets"""'),
                 (S2, 'I111', '2027', '58000', ''))
    start = multi.index('"une')
    for i, cut in enumerate(range(start + 3, start + 45, 4)):
        f.put('bad_truncated_in_quoted_comment_%02d.csv' % i, multi.encode('utf-8')[:cut])
    # cells
    values = {
        'word': 'beaucoup', 'two_points': '12..5', 'two_decimal_marks': '1.2.3', 'overflow': '1e400',
        'negative_overflow': '-1e400', 'nan': 'NaN', 'nan_lower': 'nan', 'inf': 'inf', 'minus_inf': '-inf',
        'infinity': 'Infinity', 'hex': '0x1F', 'trailing_letters': '12abc', 'double_minus': '--5',
        'trailing_minus': '5-', 'plus_minus': '+-3', 'arabic_digits': '١٢', 'infinity_sign': '∞',
        'fraction': '1/2', 'exponent_only': 'e5', 'formula': '=1+1', 'huge_digits': '9' * 400,
        'spaces_inside_digits_no_group': '1 2 3 4 5 6', 'date': '2027-03-01', 'boolean': 'true',
    }
    for name, value in values.items():
        f.put('bad_value_%s.csv' % name, rows((S1, 'I111', '2027', value, '')))
    levels = {'unknown': 'moyennement', 'zero': '0', 'too_high': '5', 'fractional': '1.5', 'negative': '-1',
              'huge': '99999999999999999999', 'nan': 'NaN'}
    for name, value in levels.items():
        f.put('bad_level_%s.csv' % name, rows((S1, 'I413', '2027', value, '')))
    f.put('bad_empty_service.csv', rows(('', 'I111', '2027', '1', '')))
    f.put('bad_blank_service.csv', rows(('   ', 'I111', '2027', '1', '')))
    f.put('bad_empty_indicator.csv', rows((S1, '', '2027', '1', '')))
    f.put('bad_empty_period.csv', rows((S1, 'I111', '', '1', '')))
    f.put('bad_unknown_indicator.csv', rows((S1, 'I999', '2027', '1', '')))
    f.put('bad_html_indicator.csv', rows((S1, '<b>I111</b>', '2027', '1', '')))
    f.put('bad_objective_as_indicator.csv', rows((S1, 'O1', '2027', '1', '')))
    f.put('bad_criterion_as_indicator.csv', rows((S1, 'C11', '2027', '1', '')))
    f.put('bad_duplicate_measurement.csv', rows((S1, 'I111', '2027', '1', ''), (S1, 'I111', '2027', '2', '')))
    f.put('bad_duplicate_measurement_other_case.csv',
          rows((S1, 'I111', '2027', '1', ''), (S1.upper(), 'i111', '2027', '2', '')))
    for name, value in {'above_one': '2', 'negative': '-0.1', 'word': 'sûr', 'nan': 'NaN'}.items():
        f.put('bad_confidence_%s.csv' % name,
              'service,indicator,period,value,confidence\n%s,I111,2027,1,%s\n' % (S1, value))
    f.put('bad_service_name_of_100000_characters.csv', rows(('S' * 100000, 'I111', '2027', '1', '')))
    f.put('bad_period_label_of_100000_characters.csv', rows((S1, 'I111', 'P' * 100000, '1', '')))
    f.put('bad_comment_of_2000000_characters.csv', rows((S1, 'I111', '2027', '1', 'c' * 2000000)))
    f.put('bad_service_name_with_line_break.csv', rows(('"Réseau\nbis"', 'I111', '2027', '1', '')))
    f.put('bad_service_name_with_control_characters.csv', rows(('Réseau\x07\x1b[31m', 'I111', '2027', '1', '')))
    f.put('bad_one_bad_row_among_many.csv', HEADER + '\n' + ''.join(
        '%s,I111,%d,%d,\n' % (S1, 2030 + i, i) for i in range(300)) + '%s,I111,2400,abc,\n' % S1)
    return f


# --- framework CSV: `balise new NEW.balise --framework FILE.csv` ---------------------------------------

def framework_csv():
    f = Folder('framework_csv')
    with open(os.path.join(BASE, 'framework.csv'), encoding='utf-8') as src:
        good = src.read()
    lines = good.rstrip('\n').split('\n')
    header = lines[0]
    cols = header.split(',')

    def line(**cells):
        return ','.join(cells.get(c, '') for c in cols)

    def with_lines(*extra):
        return good.rstrip('\n') + '\n' + '\n'.join(extra) + '\n'

    def replaced(old, new):
        assert old in good, old
        return good.replace(old, new, 1)

    f.put('ok_base.csv', good)
    f.put('ok_bom_crlf.csv', '\ufeff' + good.replace('\n', '\r\n'))
    f.put('ok_semicolon.csv', 'level;code;parent;name;weight\nobjective;O1;;"Résilience; sûreté";1\n'
          'criterion;C11;O1;Pertes;1\nindicator;I111;C11;kWh perdus;1\n')
    f.put('ok_parents_after_children.csv', 'level,code,parent,name,weight\nindicator,I111,C11,kWh perdus,1\n'
          'criterion,C11,O1,Pertes,1\nobjective,O1,,Résilience,1\n')
    f.put('ok_html_in_names.csv', 'level,code,parent,name,weight\nobjective,O1,,"<script>alert(1)</script>",1\n'
          'criterion,C11,O1,<b>gras</b> & <i>co</i>,1\nindicator,I111,C11,"=HYPERLINK(""x"")",1\n')
    encodings(f, good, '.csv')
    f.put('bad_empty.csv', b'')
    f.put('bad_header_only.csv', header + '\n')
    f.put('bad_no_level_column.csv', 'code,parent,name\nO1,,Résilience\n')
    f.put('bad_no_code_column.csv', 'level,parent,name\nobjective,,Résilience\n')
    f.put('bad_no_name_column.csv', 'level,code,parent\nobjective,O1,\n')
    f.put('bad_duplicate_code_column.csv', 'level,code,code,name\nobjective,O1,O2,Résilience\n')
    f.put('bad_unknown_level.csv', with_lines(line(level='sous-critère', code='S1', parent='C11', name='x')))
    f.put('bad_duplicate_code.csv', with_lines(line(level='indicator', code='I111', parent='C11', name='bis')))
    f.put('bad_duplicate_code_other_case.csv',
          with_lines(line(level='indicator', code='i111', parent='C11', name='bis')))
    f.put('bad_unknown_parent.csv', with_lines(line(level='indicator', code='I199', parent='C99', name='x')))
    f.put('ok_indicator_without_parent.csv', with_lines(line(level='indicator', code='I199', name='x')))
    f.put('ok_criterion_without_parent.csv', with_lines(line(level='criterion', code='C19', name='x')))
    f.put('ok_objective_with_parent.csv', with_lines(line(level='objective', code='O9', parent='O1', name='x')))
    f.put('bad_criterion_under_indicator.csv',
          with_lines(line(level='criterion', code='C19', parent='I111', name='x')))
    f.put('ok_indicator_under_objective.csv',
          with_lines(line(level='indicator', code='I199', parent='O1', name='x')))
    f.put('bad_self_parent.csv', with_lines(line(level='criterion', code='C19', parent='C19', name='x')))
    f.put('bad_cycle_of_two.csv', 'level,code,parent,name\ncriterion,C1,C2,a\ncriterion,C2,C1,b\n'
          'indicator,I1,C1,c\n')
    f.put('bad_cycle_of_three.csv', 'level,code,parent,name\ncriterion,C1,C3,a\ncriterion,C2,C1,b\n'
          'criterion,C3,C2,c\nindicator,I1,C1,d\n')
    f.put('bad_empty_code.csv', with_lines(line(level='indicator', code='', parent='C11', name='x')))
    f.put('bad_empty_name.csv', with_lines(line(level='indicator', code='I199', parent='C11', name='')))
    f.put('bad_code_of_100000_characters.csv',
          with_lines(line(level='indicator', code='I' * 100000, parent='C11', name='x')))
    f.put('bad_name_of_100000_characters.csv',
          with_lines(line(level='indicator', code='I199', parent='C11', name='n' * 100000)))
    f.put('bad_code_with_line_break.csv', with_lines(line(level='indicator', code='"I1\n99"', parent='C11',
                                                          name='x')))
    for name, value in {'negative': '-1', 'nan': 'NaN', 'inf': 'inf', 'overflow': '1e400', 'word': 'lourd',
                        'minus_inf': '-inf', 'huge_digits': '9' * 400, 'hex': '0x10'}.items():
        f.put('bad_weight_%s.csv' % name,
              with_lines(line(level='indicator', code='I199', parent='C11', name='x', weight=value)))
    f.put('bad_objective_weight_negative.csv', replaced('objective,O1,,Résilience du système électrique,3',
                                                        'objective,O1,,Résilience du système électrique,-3'))
    for column, value in {'direction': 'sideways', 'kind': 'fuzzy', 'baseline': 'abc', 'target': 'NaN',
                          'baseline_date': '2023-13-45', 'target_date': 'demain', 'robustness': '5',
                          'sensitivity': '-1', 'simplicity': 'abc', 'relevance': '2.5', 'value': '1e400',
                          'utility': '99999999999'}.items():
        cells = dict(level='indicator', code='I199', parent='C11', name='x', direction='higher', kind='quantitative')
        cells[column] = value
        f.put('bad_indicator_%s.csv' % column, with_lines(line(**cells)))
    f.put('bad_qualitative_without_levels.csv', with_lines(
        line(level='indicator', code='I199', parent='C11', name='x', kind='qualitative', direction='higher')))
    f.put('bad_qualitative_with_one_level.csv', with_lines(
        line(level='indicator', code='I199', parent='C11', name='x', kind='qualitative', direction='higher',
             levels='seul')))
    f.put('bad_qualitative_with_duplicate_levels.csv', with_lines(
        line(level='indicator', code='I199', parent='C11', name='x', kind='qualitative', direction='higher',
             levels='bas|bas|haut')))
    f.put('bad_baseline_date_after_target_date.csv', with_lines(
        line(level='indicator', code='I199', parent='C11', name='x', baseline_date='2030-01-01',
             target_date='2020-01-01', baseline='1', target='2')))
    f.put('bad_too_many_cells.csv', with_lines(line(level='indicator', code='I199', parent='C11', name='x')
                                               + ',a,b,c,d'))
    f.put('bad_unclosed_quote.csv', with_lines('indicator,I199,C11,"jamais fermé'))
    f.put('bad_text_after_quote.csv', with_lines('indicator,I199,C11,"x"y,1'))
    actions_at = good.index('"1- ')
    for i, cut in enumerate(range(actions_at + 5, actions_at + 5 + 20 * 9, 9)):
        f.put('bad_truncated_in_quoted_actions_%02d.csv' % i, good.encode('utf-8')[:cut])
    f.put('bad_100000_indicators_under_unknown_parents.csv', 'level,code,parent,name\n' + ''.join(
        'indicator,I%d,C%d,x\n' % (i, i) for i in range(100000)))
    f.put('ok_deep_chain_of_criteria.csv', 'level,code,parent,name\nobjective,O1,,o\n' + ''.join(
        'criterion,C%d,%s,c\n' % (i, 'O1' if i == 0 else 'C%d' % (i - 1)) for i in range(5000)))
    f.put('bad_only_objectives_with_cycle_text.csv', 'level,code,parent,name\nobjective,O1,O1,o\n')
    f.put('bad_weight_above_a_million.csv',
          with_lines(line(level='indicator', code='I199', parent='C11', name='x', weight='1e7')))
    f.put('bad_duplicate_code_across_levels.csv',
          with_lines(line(level='criterion', code='I111', parent='O1', name='x')))
    f.put('bad_name_with_line_break.csv', with_lines(line(level='indicator', code='I199', parent='C11',
                                                          name='"deux\nlignes"')))
    f.put('bad_name_with_control_character.csv', with_lines(line(level='indicator', code='I199', parent='C11',
                                                                 name='bip\x07')))
    f.put('bad_description_of_200000_characters.csv', with_lines(line(level='indicator', code='I199',
                                                                      parent='C11', name='x',
                                                                      description='d' * 200000)))
    f.put('bad_actions_of_200000_characters.csv', with_lines(line(level='objective', code='O9', name='x',
                                                                  actions='a' * 200000)))
    f.put('ok_only_indicators.csv', 'level,code,name\nindicator,I1,a\nindicator,I2,b\n')
    return f


# --- project JSON: `balise import NEW.balise FILE.json` -------------------------------------------------

def project_json():
    f = Folder('project_json')
    with open(os.path.join(BASE, 'project.json'), encoding='utf-8') as src:
        base = json.load(src)
    dump = lambda doc: json.dumps(doc, ensure_ascii=False, separators=(',', ':'))
    good = dump(base)

    def variant(name, change):
        doc = json.loads(good)
        change(doc)
        f.put(name + '.json', dump(doc))

    def setter(path, value):
        def change(doc):
            node = doc
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = value
        return change

    def deleter(path):
        def change(doc):
            node = doc
            for key in path[:-1]:
                node = node[key]
            del node[path[-1]]
        return change

    f.put('ok_base.json', good)
    f.put('ok_pretty_printed_crlf.json', json.dumps(base, ensure_ascii=True, indent=4).replace('\n', '\r\n'))
    variant('ok_html_in_title', setter(['content', 'title'], '<h1>Titre</h1><script>alert(1)</script>'))
    encodings(f, good, '.json')
    f.put('bad_empty.json', b'')
    f.put('bad_whitespace.json', ' \n\t ')
    f.put('bad_not_json.json', 'format: balise-project\n')
    f.put('bad_array.json', '[1,2,3]')
    f.put('bad_string.json', '"balise-project"')
    f.put('bad_null.json', 'null')
    f.put('bad_trailing_garbage.json', good + '}}')
    f.put('bad_two_documents.json', good + good)
    f.put('bad_nesting_100000_deep.json', '[' * 100000 + ']' * 100000)
    f.put('bad_object_nesting_20000_deep.json', '{"a":' * 20000 + '1' + '}' * 20000)
    raw = good.encode('utf-8')
    for i in range(20):
        f.put('bad_truncated_%02d.json' % i, raw[:len(raw) * (i + 1) // 21])
    variant('bad_wrong_format', setter(['format'], 'balise-template'))
    variant('bad_format_missing', deleter(['format']))
    variant('bad_newer_version', setter(['version'], 2))
    variant('bad_version_zero', setter(['version'], 0))
    variant('bad_version_as_text', setter(['version'], '1'))
    variant('bad_version_huge', setter(['version'], 1e300))
    variant('bad_content_missing', deleter(['content']))
    variant('bad_content_is_array', setter(['content'], []))
    variant('bad_framework_is_object', setter(['content', 'framework'], {}))
    variant('bad_framework_node_is_number', setter(['content', 'framework'], [1]))

    def node(doc, *path):
        n = doc['content']['framework'][path[0]]
        for i in path[1:]:
            n = n['children'][i]
        return n

    def node_set(name, path, key, value):
        def change(doc):
            node(doc, *path)[key] = value
        variant(name, change)

    def node_del(name, path, key):
        def change(doc):
            del node(doc, *path)[key]
        variant(name, change)

    node_set('bad_node_kind_unknown', [0], 'kind', 'axe')
    node_set('bad_node_kind_indicator_at_top', [0], 'kind', 'indicator')
    node_del('bad_node_code_missing', [0], 'code')
    node_set('bad_node_code_empty', [0, 0], 'code', '')
    node_set('bad_node_code_duplicate', [1], 'code', 'O1')
    node_set('bad_node_code_duplicate_other_case', [1], 'code', 'o1')
    node_set('bad_node_weight_negative', [0, 0], 'weight', -1)
    node_set('bad_node_weight_text', [0, 0], 'weight', 'lourd')
    node_set('bad_node_weight_huge', [0, 0], 'weight', 1e308 * 10 if False else 1.7e308)
    node_set('bad_node_name_empty', [0], 'name', '')
    node_set('bad_node_name_number', [0], 'name', 12)
    node_set('bad_node_children_not_list', [0], 'children', 'C11')
    node_set('bad_indicator_direction_unknown', [0, 0, 0], 'direction', 'sideways')
    node_set('bad_indicator_kind_unknown', [0, 0, 0], 'kind', 'fuzzy')
    node_set('bad_indicator_with_children', [0, 0, 0], 'children',
             [{'kind': 'indicator', 'code': 'I999', 'name': 'x', 'weight': 1}])
    node_set('bad_node_name_of_2000000_characters', [0], 'name', 'n' * 2000000)
    node_set('bad_node_code_of_100000_characters', [0], 'code', 'O' * 100000)

    def measurement(doc, column, value, row=0):
        cols = doc['measurements']['columns']
        doc['measurements']['rows'][row][cols.index(column)] = value

    for column, value in {'service': 'Inconnu', 'indicator': 'I999', 'period': '1999', 'state': 'peut-être',
                          'value': 'beaucoup', 'confidence': 7, 'entered_at': 'hier'}.items():
        variant('bad_measurement_%s' % column, lambda doc, c=column, v=value: measurement(doc, c, v))
    variant('bad_measurement_row_too_short', lambda doc: doc['measurements']['rows'][0].pop())
    variant('bad_measurement_row_is_object', lambda doc: doc['measurements']['rows'].__setitem__(0, {}))
    variant('bad_measurement_columns_missing', deleter(['measurements', 'columns']))
    variant('bad_measurement_columns_shuffled',
            lambda doc: doc['measurements']['columns'].reverse())
    variant('bad_measurement_duplicate_row',
            lambda doc: doc['measurements']['rows'].append(doc['measurements']['rows'][0]))
    variant('bad_measurement_level_out_of_range', lambda doc: [
        measurement(doc, 'level', 9, r) for r, row in enumerate(doc['measurements']['rows'])
        if row[doc['measurements']['columns'].index('indicator')] == 'I413'][:1])
    for key, value in {'start': '2023-02-30', 'end': 'fin', 'label': '', 'kind': 'siècle'}.items():
        variant('bad_period_%s' % key, lambda doc, k=key, v=value: doc['periods'][0].__setitem__(k, v))
    variant('bad_period_end_before_start', lambda doc: doc['periods'][0].update(start='2024-01-01',
                                                                                 end='2023-01-01'))
    variant('bad_period_duplicate_label', lambda doc: doc['periods'][1].__setitem__('label', '2023'))
    variant('bad_service_duplicate_name', lambda doc: doc['content']['services'][1].__setitem__(
        'name', doc['content']['services'][0]['name']))
    variant('bad_service_name_empty', lambda doc: doc['content']['services'][0].__setitem__('name', ''))
    variant('bad_service_domain_unknown', lambda doc: doc['content']['services'][0].__setitem__('domain', 'magie'))
    variant('bad_service_role_unknown', lambda doc: doc['content']['services'][0].__setitem__('dataRole', 'roi'))
    variant('bad_service_posture_unknown', lambda doc: doc['content']['services'][0].__setitem__(
        'postures', ['dragon']))
    variant('bad_service_destabilisation_out_of_range', lambda doc: doc['content']['services'][0].__setitem__(
        'destabilisation', {k: 9 for k in doc['content']['services'][0]['destabilisation']}))
    for key, value in {'red_below': 'rouge', 'green_from': -5, 'minimum_coverage': 3,
                       'default_aggregation': 'magic', 'default_normalization': 'none-such',
                       'max_indicators_in_framework': -1}.items():
        variant('bad_setting_%s' % key, setter(['settings', key], value))
    variant('bad_settings_red_above_green', lambda doc: doc['settings'].update(red_below=90, green_from=10))
    variant('bad_territory_kind_unknown', setter(['info', 'territory', 'kind'], 'galaxie'))
    variant('bad_created_at_unreadable', setter(['info', 'created_at'], 'le mois dernier'))

    def question(doc, key, value, section=0, index=1):
        doc['content']['questionnaire'][section]['questions'][index][key] = value

    for key, value in {'kind': 'devinette', 'objective': 'O9', 'need': 99, 'weight': -2, 'choices': 'a,b',
                       'text': ''}.items():
        variant('bad_question_%s' % key, lambda doc, k=key, v=value: question(doc, k, v))
    variant('bad_question_scale_reversed', lambda doc: doc['content']['questionnaire'][0]['questions'][1].update(
        kind='scale', scaleMin=5, scaleMax=1))
    variant('bad_answers_unknown_service', setter(['answers'], [{'service': 'Inconnu', 'question': 1,
                                                                 'answer': 'oui'}]))
    variant('bad_answers_unknown_question', setter(['answers'], [{'service': base['content']['services'][0]['name'],
                                                                  'question': 999, 'answer': 'oui'}]))
    variant('bad_revisions_not_list', setter(['revisions'], 'aucune'))
    variant('bad_revision_without_snapshot', setter(['revisions'], [{'number': 1, 'status': 'validated',
                                                                     'created_at': '2026-01-01T00:00:00Z'}]))
    variant('bad_weightings_garbage', setter(['weightings'], [{'method': 'divination'}]))
    variant('bad_impact_accounts_garbage', setter(['impact_accounts'], [{'name': 'x', 'lines': 'beaucoup'}]))
    variant('bad_vademecum_need_domain', lambda doc: doc['content']['vadeMecum']['needs'][0].__setitem__(
        'domain', 'astrologie'))
    variant('bad_vademecum_need_priority', lambda doc: doc['content']['vadeMecum']['needs'][0].__setitem__(
        'priority', 'urgentissime'))
    variant('bad_measurements_200000_rows_of_garbage', lambda doc: doc['measurements'].__setitem__(
        'rows', [[None] * 3] * 200000))
    return f


# --- questionnaire answers CSV: `balise import PROJECT FILE.csv --answers SERVICE` -------------------------

ANSWER_HEADER = 'question_id;number;section;question;expected;answer'


def answers(*pairs):
    return '\ufeff' + '\r\n'.join([ANSWER_HEADER] + [';%s;;;;%s' % p for p in pairs]) + '\r\n'


def answers_csv():
    f = Folder('answers_csv')
    good = answers(('1', 'Périmètre : deux îlots'), ('2', '180'), ('3', 'oui'),
                   ('4', 'Tous les occupants, locataires compris'), ('6', 'non'), ('8', '4'),
                   ('11', 'Stockage partagé | Recharge de véhicules électriques'))
    f.put('ok_base.csv', good)
    f.put('ok_comma_separated_no_bom.csv', 'question_id,number,section,question,expected,answer\n,3,,,,oui\n'
          ',4,,,,"Tous les occupants, locataires compris"\n,8,,,,2\n')
    f.put('ok_yes_no_letter.csv', answers(('6', 'O')))
    f.put('ok_multiline_free_text.csv', answers(('1', '"Deux îlots ;\nune école, ""la Source"""')))
    f.put('ok_blank_answers.csv', answers(('1', ''), ('2', ''), ('3', 'oui')))
    f.put('ok_html_free_text.csv', answers(('9', '<script>alert(1)</script> & <b>gras</b>')))
    encodings(f, good.lstrip('\ufeff'), '.csv')
    f.put('bad_empty.csv', b'')
    f.put('bad_only_bom.csv', b'\xef\xbb\xbf')
    f.put('bad_header_without_answer.csv', 'question_id;number;question\n;1;x\n')
    f.put('bad_header_without_question.csv', 'section;answer\n;oui\n')
    f.put('bad_measurement_file_instead.csv', rows((S1, 'I111', '2027', '1', '')))
    for name, number in {'unknown': '99', 'zero': '0', 'negative': '-1', 'word': 'trois', 'overflow': '1e400',
                         'fraction': '2.5', 'huge': '9' * 50, 'empty': ''}.items():
        f.put('bad_number_%s.csv' % name, answers((number, 'oui')))
    f.put('bad_question_id_unknown.csv', '\ufeff' + ANSWER_HEADER + '\r\n987654;;;;;oui\r\n')
    f.put('bad_question_id_word.csv', '\ufeff' + ANSWER_HEADER + '\r\nabc;;;;;oui\r\n')
    f.put('bad_duplicate_answer.csv', answers(('3', 'oui'), ('3', 'non')))
    for name, value in {'maybe': 'peut-être', 'number': '2', 'html': '<b>oui</b>'}.items():
        f.put('bad_yes_no_%s.csv' % name, answers(('3', value)))
    for name, value in {'word': 'beaucoup', 'nan': 'NaN', 'inf': 'inf', 'overflow': '1e400', 'date': '2027-01-01',
                        'huge_digits': '9' * 400, 'with_unit': '180 foyers', 'hex': '0x10',
                        'two_numbers': '12 15'}.items():
        f.put('bad_number_answer_%s.csv' % name, answers(('2', value)))
    for name, value in {'below': '0', 'above': '6', 'word': 'bien', 'nan': 'NaN', 'overflow': '1e400'}.items():
        f.put('bad_scale_%s.csv' % name, answers(('8', value)))
    f.put('bad_single_choice_unknown.csv', answers(('4', 'Personne')))
    f.put('bad_single_choice_two_choices.csv', answers(('4', 'Tous les occupants, locataires compris | '
                                                        'Les propriétaires, y compris en copropriété')))
    f.put('bad_multiple_choice_one_unknown.csv', answers(('11', 'Stockage partagé | Téléportation')))
    f.put('bad_too_many_cells.csv', '\ufeff' + ANSWER_HEADER + '\r\n;3;;;;oui;en trop;encore\r\n')
    f.put('bad_unclosed_quote.csv', answers(('1', '"jamais fermé')))
    f.put('bad_text_after_quote.csv', answers(('1', '"fermé"puis')))
    long_answer = answers(('1', '"' + 'une réponse très longue, ' * 8 + '"'), ('3', 'oui'))
    start = long_answer.index('"une')
    for i, cut in enumerate(range(start + 10, start + 10 + 25 * 8, 8)):
        f.put('bad_truncated_in_quoted_answer_%02d.csv' % i, long_answer.encode('utf-8')[:cut])
    f.put('bad_larger_than_one_mebibyte.csv', answers(('1', 'r' * (1024 * 1024 + 10))))
    f.put('bad_100000_lines_of_unknown_questions.csv', '\ufeff' + ANSWER_HEADER + '\r\n' + ''.join(
        ';%d;;;;oui\r\n' % (1000 + i) for i in range(100000)))
    f.put('bad_nul_in_answer.csv', answers(('1', 'avant\x00après')).encode('utf-8'))
    for name, value in {'negative': '-5', 'fraction': '1.5', 'huge': '1e30', 'of_another_project': '999999',
                        'with_spaces_inside': '1 1'}.items():
        f.put('bad_question_id_%s.csv' % name, '\ufeff' + ANSWER_HEADER + '\r\n%s;;;;;oui\r\n' % value)
    for name, value in {'both': 'oui et non', 'word': 'volontiers'}.items():
        f.put('bad_yes_no_%s.csv' % name, answers(('6', value)))
    for name, value in {'negative': '-3', 'between': '5.5', 'words': '3 sur 5'}.items():
        f.put('bad_scale_%s.csv' % name, answers(('8', value)))
    f.put('bad_header_answer_only.csv', 'answer\noui\n')
    f.put('bad_free_text_of_200000_characters.csv', answers(('1', 'r' * 200000)))
    f.put('bad_one_bad_line_among_many.csv', answers(*[(str(n), 'oui' if n in (3, 6, 7) else '')
                                                       for n in range(1, 12)] + [('2', 'beaucoup')]))
    return f


# --- template archive: `balise templates import FILE` ---------------------------------------------------

def archive(payload, fmt='1', length=None, digest=None, magic='BALISE-TEMPLATE'):
    if isinstance(payload, str):
        payload = payload.encode('utf-8')
    length = str(len(payload)) if length is None else length
    digest = hashlib.sha256(payload).hexdigest() if digest is None else digest
    return ('%s\nformat %s\nlength %s\nsha256 %s\n\n' % (magic, fmt, length, digest)).encode('utf-8') + payload


def template_archive():
    f = Folder('template_archive')
    with open(os.path.join(BASE, 'small.balise-template'), 'rb') as src:
        whole = src.read()
    head, _, payload = whole.partition(b'\n\n')
    text = payload.decode('utf-8')

    def crafted(name, old, new, count=1):
        assert old in text, old
        f.put(name + '.balise-template', archive(text.replace(old, new, count)))

    f.put('ok_base.balise-template', whole)
    f.put('ok_other_id.balise-template', archive(text.replace('<id>small</id>', '<id>autre-modele</id>')))
    f.put('bad_empty.balise-template', b'')
    f.put('bad_text_file.balise-template', 'Ceci est un modèle.\n')
    f.put('bad_bare_xml_without_header.balise-template', payload)
    f.put('bad_wrong_magic.balise-template', archive(payload, magic='BALISE-PROJECT'))
    f.put('bad_lowercase_magic.balise-template', archive(payload, magic='balise-template'))
    f.put('bad_newer_format.balise-template', archive(payload, fmt='2'))
    f.put('bad_format_zero.balise-template', archive(payload, fmt='0'))
    f.put('bad_format_word.balise-template', archive(payload, fmt='un'))
    f.put('bad_length_larger.balise-template', archive(payload, length=str(len(payload) + 1)))
    f.put('bad_length_smaller.balise-template', archive(payload, length=str(len(payload) - 1)))
    f.put('bad_length_negative.balise-template', archive(payload, length='-5'))
    f.put('bad_length_word.balise-template', archive(payload, length='beaucoup'))
    f.put('bad_length_1e12.balise-template', archive(payload, length='1000000000000'))
    f.put('bad_length_overflow.balise-template', archive(payload, length='9' * 40))
    f.put('bad_checksum_wrong.balise-template', archive(payload, digest='0' * 64))
    f.put('bad_checksum_short.balise-template', archive(payload, digest='abc'))
    f.put('bad_checksum_not_hex.balise-template', archive(payload, digest='z' * 64))
    f.put('bad_header_lines_swapped.balise-template', whole.replace(b'format 1\n', b'', 1).replace(
        b'BALISE-TEMPLATE\n', b'BALISE-TEMPLATE\n', 1).replace(b'\n\n', b'\nformat 1\n\n', 1))
    f.put('bad_header_without_blank_line.balise-template', whole.replace(b'\n\n', b'\n', 1))
    f.put('bad_header_crlf.balise-template', head.replace(b'\n', b'\r\n') + b'\r\n\r\n' + payload)
    f.put('bad_one_byte_flipped_in_payload.balise-template',
          whole[:len(head) + 200] + bytes([whole[len(head) + 200] ^ 1]) + whole[len(head) + 201:])
    f.put('bad_payload_cut_checksum_of_whole.balise-template', archive(payload[:-100],
                                                                       length=str(len(payload) - 100),
                                                                       digest=hashlib.sha256(payload).hexdigest()))
    # payloads whose header and checksum are right: the archive reader itself must refuse them
    raw = text.encode('utf-8')
    for i in range(24):
        f.put('bad_truncated_%02d.balise-template' % i, archive(raw[:len(raw) * (i + 1) // 25]))
    crafted('bad_node_count_billion', '<node_count>10', '<node_count>1000000000')
    crafted('bad_node_count_negative', '<node_count>10', '<node_count>-1')
    crafted('bad_node_count_word', '<node_count>10', '<node_count>dix')
    crafted('bad_node_count_too_small', '<node_count>10', '<node_count>3')
    crafted('bad_node_count_too_large', '<node_count>10', '<node_count>11')
    crafted('bad_service_count_billion', '<service_count>2', '<service_count>1000000000')
    crafted('bad_level_count_billion', '<level_count>4', '<level_count>1000000000')
    crafted('bad_level_count_overflow', '<level_count>4', '<level_count>99999999999999999999')
    crafted('bad_need_count_billion', '<need_count>0', '<need_count>1000000000')
    crafted('bad_section_count_negative', '<questionnaire_section_count>0', '<questionnaire_section_count>-7')
    crafted('bad_format_version_newer', '<format_version>1', '<format_version>99')
    crafted('bad_serialization_version_newer', 'version="18"', 'version="99"')
    crafted('bad_signature', 'signature="serialization::archive"', 'signature="autre::chose"')
    crafted('bad_root_renamed', '<boost_serialization', '<autre', 1)
    crafted('bad_unknown_tag', '<title>', '<titre>')
    crafted('bad_unclosed_title', '</title>', '')
    crafted('bad_mismatched_end_tag', '</title>', '</description>')
    crafted('bad_id_empty', '<id>small</id>', '<id></id>')
    crafted('bad_id_path_traversal', '<id>small</id>', '<id>../../etc/passwd</id>')
    crafted('bad_id_with_slash', '<id>small</id>', '<id>a/b</id>')
    crafted('bad_id_absolute_path', '<id>small</id>', '<id>/tmp/evil</id>')
    crafted('bad_id_of_bundled_template', '<id>small</id>', '<id>micro-grid</id>')
    crafted('bad_id_with_nul_entity', '<id>small</id>', '<id>a&#0;b</id>')
    crafted('bad_id_of_100000_characters', '<id>small</id>', '<id>' + 'x' * 100000 + '</id>')
    crafted('bad_title_of_2000000_characters', '<title>', '<title>' + 't' * 2000000)
    crafted('bad_undefined_entity', '<title>', '<title>&inconnu;')
    crafted('bad_billion_laughs', '<!DOCTYPE boost_serialization>',
            '<!DOCTYPE boost_serialization [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>')
    crafted('bad_external_entity', '<!DOCTYPE boost_serialization>',
            '<!DOCTYPE boost_serialization [<!ENTITY x SYSTEM "file:///etc/passwd">]>')
    crafted('bad_cdata_section', '<title>', '<title><![CDATA[x]]>')
    crafted('bad_processing_instruction_in_body', '<title>', '<?php echo 1; ?><title>')
    crafted('bad_comment_in_body', '<title>', '<!-- commentaire --><title>')
    node_kind = text[text.index('<kind>'):text.index('</kind>') + 7]
    crafted('bad_node_kind_unknown', node_kind, '<kind>99</kind>')
    crafted('bad_node_kind_negative', node_kind, '<kind>-1</kind>')
    for tag in ('weight', 'parent', 'direction', 'robustness', 'level', 'normalization', 'postures'):
        opening = '<%s>' % tag
        if opening in text:
            crafted('bad_%s_word' % tag, opening, opening + 'abc')
            crafted('bad_%s_negative_huge' % tag, opening, opening + '-99999999999999999999', 1)
    crafted('bad_two_roots', '</boost_serialization>', '</boost_serialization><boost_serialization>')
    crafted('bad_garbage_after_root', '</boost_serialization>', '</boost_serialization>garbage')
    f.put('bad_utf8_broken_in_title.balise-template', archive(raw.replace(b'<title>', b'<title>\xc3(', 1)))
    f.put('bad_payload_windows1252.balise-template', archive(text.encode('cp1252', errors='replace')))
    f.put('bad_payload_utf16.balise-template', archive(text.encode('utf-16')))
    f.put('bad_payload_nul_bytes.balise-template', archive(raw[:500] + b'\x00' * 10 + raw[500:]))
    f.put('bad_payload_empty.balise-template', archive(b''))
    f.put('bad_payload_one_space.balise-template', archive(b' '))
    f.put('bad_payload_json.balise-template', archive(b'{"format":"balise-template"}'))
    f.put('bad_header_only.balise-template', b'BALISE-TEMPLATE\nformat 1\n')
    f.put('bad_magic_only.balise-template', b'BALISE-TEMPLATE')
    return f


# --- project file: `balise info FILE.balise` ------------------------------------------------------------
# Three kinds of case: raw bytes (.balise, used as they are), SQL run on a copy of the test's sample
# project (.sql, with CHECK and foreign-key enforcement off so that crafted content gets in), and damage
# to the bytes of that copy (.damage: one operation per line, `truncate N`, `zero OFFSET COUNT`,
# `byte OFFSET VALUE`, `append COUNT VALUE`).

def project_file():
    f = Folder('project_file')
    f.put('bad_empty.balise', b'')
    f.put('bad_text.balise', 'Ceci est un projet Balise.\n')
    f.put('bad_json_project.balise', '{"format":"balise-project","version":1}')
    f.put('bad_template_archive.balise', archive(b'<x/>'))
    f.put('bad_zip.balise', b'PK\x03\x04' + bytes(500))
    f.put('bad_sqlite_magic_only.balise', b'SQLite format 3\x00')
    f.put('bad_sqlite_header_then_zeros.balise', b'SQLite format 3\x00' + bytes(4096 - 16))
    f.put('bad_garbage_4096.balise', bytes((i * 131 + 7) % 256 for i in range(4096)))
    f.put('bad_garbage_page_size_ok.balise', b'SQLite format 3\x00\x10\x00\x01\x01\x00\x40\x20\x20'
          + bytes((i * 71 + 3) % 256 for i in range(8192 - 24)))
    sql = {
        'bad_newer_schema': 'PRAGMA user_version = 99;',
        'bad_schema_version_zero': 'PRAGMA user_version = 0;',
        'bad_schema_version_negative': 'PRAGMA user_version = -1;',
        'bad_other_application_id': 'PRAGMA application_id = 1234;',
        'bad_no_application_id': 'PRAGMA application_id = 0;',
        'bad_project_row_missing': 'DELETE FROM project;',
        'bad_table_framework_missing': 'DROP TABLE node_link; DROP TABLE indicator_quality; '
                                       'DROP TABLE indicator_level;',
        'bad_table_measurement_missing': 'DROP TABLE measurement;',
        'bad_table_setting_missing': 'DROP TABLE setting;',
        'bad_node_parent_dangling': 'UPDATE framework_node SET parent_id = 987654 WHERE kind = \'indicator\' '
                                    'AND id = (SELECT MIN(id) FROM framework_node WHERE kind = \'indicator\');',
        'bad_node_parent_cycle': 'UPDATE framework_node SET parent_id = (SELECT MIN(id) FROM framework_node '
                                 'WHERE kind = \'indicator\') WHERE id = (SELECT MIN(id) FROM framework_node);',
        'bad_node_self_parent': 'UPDATE framework_node SET parent_id = id WHERE id = (SELECT MIN(id) FROM '
                                'framework_node WHERE kind = \'criterion\');',
        'bad_node_kind_unknown': 'UPDATE framework_node SET kind = \'axe\' WHERE id = (SELECT MIN(id) FROM '
                                 'framework_node);',
        'bad_objective_under_indicator': 'UPDATE framework_node SET parent_id = (SELECT MIN(id) FROM '
                                         'framework_node WHERE kind = \'indicator\') WHERE id = (SELECT MAX(id) '
                                         'FROM framework_node WHERE kind = \'objective\');',
        'bad_node_weight_negative': 'UPDATE framework_node SET weight = -2 WHERE id = (SELECT MIN(id) FROM '
                                    'framework_node);',
        'bad_node_weight_text': 'UPDATE framework_node SET weight = \'lourd\' WHERE id = (SELECT MIN(id) FROM '
                                'framework_node);',
        'bad_node_weight_infinite': 'UPDATE framework_node SET weight = 9e999 WHERE id = (SELECT MIN(id) FROM '
                                    'framework_node);',
        'bad_node_weight_blob': 'UPDATE framework_node SET weight = x\'00ff\' WHERE id = (SELECT MIN(id) FROM '
                                'framework_node);',
        'bad_node_code_with_line_break': 'UPDATE framework_node SET code = \'I1\' || char(10) || \'11\' WHERE code = '
                                         '\'I111\';',
        'bad_node_code_empty': 'UPDATE framework_node SET code = \'\' WHERE code = \'I111\';',
        'bad_node_name_empty': 'UPDATE framework_node SET name = \'\' WHERE code = \'I111\';',
        'bad_indicator_row_missing': 'DELETE FROM indicator WHERE node_id = (SELECT id FROM framework_node '
                                     'WHERE code = \'I111\');',
        'bad_indicator_direction_unknown': 'UPDATE indicator SET direction = \'sideways\';',
        'bad_indicator_kind_unknown': 'UPDATE indicator SET kind = \'fuzzy\';',
        'bad_indicator_normalization_unknown': 'UPDATE indicator SET normalization = \'magic\';',
        'bad_indicator_baseline_text': 'UPDATE indicator SET baseline = \'abc\';',
        'bad_indicator_date_unreadable': 'UPDATE indicator SET baseline_date = \'hier\' WHERE baseline_date IS '
                                         'NOT NULL;',
        'bad_indicator_for_objective': 'INSERT INTO indicator (node_id, direction, kind) SELECT id, \'higher\', '
                                       '\'quantitative\' FROM framework_node WHERE code = \'O1\';',
        'bad_quality_rating_out_of_range': 'UPDATE indicator_quality SET rating = 9;',
        'bad_quality_unknown': 'UPDATE indicator_quality SET quality = \'beauté\' WHERE rowid = (SELECT '
                               'MIN(rowid) FROM indicator_quality);',
        'bad_level_of_quantitative_indicator': 'INSERT INTO indicator_level (indicator_id, position, label) '
                                               'SELECT node_id, 0, \'x\' FROM indicator WHERE kind = '
                                               '\'quantitative\' LIMIT 1;',
        'bad_service_domain_unknown': 'UPDATE data_service SET domain = \'magie\';',
        'bad_service_role_unknown': 'UPDATE data_service SET data_role = \'roi\';',
        'bad_service_postures_huge': 'UPDATE data_service SET postures = 9223372036854775807;',
        'bad_service_name_too_long': 'UPDATE data_service SET name = name || printf(\'%.400c\', \'x\');',
        'bad_destabilisation_out_of_range': 'UPDATE service_destabilisation SET rating = 99;',
        'bad_destabilisation_axis_unknown': 'UPDATE service_destabilisation SET axis = \'chaos\' WHERE rowid = '
                                            '(SELECT MIN(rowid) FROM service_destabilisation);',
        'bad_destabilisation_service_dangling': 'UPDATE service_destabilisation SET service_id = 987654 WHERE '
                                                'rowid = (SELECT MIN(rowid) FROM service_destabilisation);',
        'bad_question_kind_unknown': 'UPDATE question SET kind = \'devinette\';',
        'bad_question_choices_not_json': 'UPDATE question SET choices = \'[pas du json\' WHERE kind LIKE '
                                         '\'%choice\';',
        'bad_question_choices_object': 'UPDATE question SET choices = \'{"a":1}\' WHERE kind LIKE \'%choice\';',
        'bad_question_section_dangling': 'UPDATE question SET section_id = 987654;',
        'bad_question_objective_dangling': 'UPDATE question SET objective_id = 987654 WHERE objective_id IS NOT '
                                           'NULL;',
        'bad_question_need_dangling': 'UPDATE question SET need_id = 987654 WHERE need_id IS NOT NULL;',
        'bad_question_scale_reversed': 'UPDATE question SET scale_min = 9, scale_max = 1;',
        'bad_question_weight_negative': 'UPDATE question SET weight = -3;',
        'bad_need_domain_unknown': 'UPDATE need SET domain = \'astrologie\';',
        'bad_need_priority_unknown': 'UPDATE need SET priority = \'urgentissime\';',
        'bad_resource_kind_unknown': 'UPDATE resource SET kind = \'trésor\';',
        'bad_resource_condition_dangling': 'UPDATE resource_condition SET resource_id = 987654 WHERE rowid = '
                                           '(SELECT MIN(rowid) FROM resource_condition);',
        'bad_posture_unknown': 'UPDATE posture_stance SET posture = \'dragon\' WHERE rowid = (SELECT MIN(rowid) '
                               'FROM posture_stance);',
        'bad_field_family_unknown': 'UPDATE field_of_attention SET family = \'inconnue\';',
        'bad_node_link_dangling': 'INSERT INTO node_link (node_id, need_id) VALUES (987654, (SELECT MIN(id) '
                                  'FROM need));',
        'bad_node_link_two_targets': 'INSERT INTO node_link (node_id, need_id, principle_id) VALUES ((SELECT '
                                     'MIN(id) FROM framework_node), (SELECT MIN(id) FROM need), (SELECT MIN(id) '
                                     'FROM principle));',
        'bad_territory_kind_unknown': 'UPDATE project SET territory_kind = \'galaxie\';',
        'bad_created_at_unreadable': 'UPDATE project SET created_at = \'le mois dernier\';',
        'bad_setting_red_below_text': 'UPDATE setting SET value = \'rouge\' WHERE key = \'red_below\';',
        'bad_setting_aggregation_unknown': 'UPDATE setting SET value = \'magic\' WHERE key = '
                                           '\'default_aggregation\';',
        'bad_measurement_service_dangling': 'UPDATE measurement SET service_id = 987654 '
                                            'WHERE (service_id, indicator_id, period_id) = (SELECT service_id, indicator_id, period_id FROM measurement LIMIT 1);',
        'bad_measurement_indicator_dangling': 'UPDATE measurement SET indicator_id = 987654 '
                                            'WHERE (service_id, indicator_id, period_id) = (SELECT service_id, indicator_id, period_id FROM measurement LIMIT 1);',
        'bad_measurement_period_dangling': 'UPDATE measurement SET period_id = 987654 '
                                            'WHERE (service_id, indicator_id, period_id) = (SELECT service_id, indicator_id, period_id FROM measurement LIMIT 1);',
        'bad_measurement_value_text': 'UPDATE measurement SET value = \'beaucoup\' '
                                            'WHERE (service_id, indicator_id, period_id) = (SELECT service_id, indicator_id, period_id FROM measurement LIMIT 1);',
        'bad_measurement_state_unknown': 'UPDATE measurement SET state = \'peut-être\' '
                                            'WHERE (service_id, indicator_id, period_id) = (SELECT service_id, indicator_id, period_id FROM measurement LIMIT 1);',
        'bad_measurement_confidence_out_of_range': 'UPDATE measurement SET confidence = 7;',
        'bad_period_dates_unreadable': 'UPDATE period SET start_date = \'demain\';',
        'bad_period_end_before_start': 'UPDATE period SET start_date = \'2030-01-01\', end_date = '
                                       '\'2020-01-01\';',
        'bad_period_kind_unknown': 'UPDATE period SET kind = \'siècle\';',
        'bad_revision_snapshot_garbage': 'INSERT INTO vademecum_revision (number, created_at, status, snapshot) '
                                         'VALUES (1, \'2026-01-01T00:00:00Z\', \'validated\', x\'deadbeef\');',
        'bad_revision_status_unknown': 'INSERT INTO vademecum_revision (number, created_at, status, snapshot) '
                                       'VALUES (1, \'2026-01-01T00:00:00Z\', \'brouillon\', x\'\');',
        'bad_integrity_index_mismatch': 'PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = '
                                        'replace(sql, \'parent_id, position\', \'position, parent_id\') WHERE '
                                        'name = \'framework_node_parent\';',
        'bad_trigger_planted': 'CREATE TRIGGER planted AFTER UPDATE ON project BEGIN DELETE FROM measurement; '
                               'END;',
        'bad_view_shadowing_table': 'ALTER TABLE setting RENAME TO setting_old; CREATE VIEW setting AS SELECT '
                                    'key, value FROM setting_old;',
        'ok_wal_mode_set': 'PRAGMA journal_mode = WAL;',
    }
    for name, statement in sql.items():
        f.put(name + '.sql', statement + '\n')
    damage = {'bad_truncated_to_%d' % n: 'truncate %d' % n for n in (1, 15, 16, 50, 99, 100, 512, 1024, 4095,
                                                                    4096, 8192, 12288, 20000)}
    damage.update({
        'bad_truncated_by_one_page': 'truncate -4096',
        'bad_truncated_by_one_byte': 'truncate -1',
        'bad_truncated_to_half': 'truncate 50%',
        'bad_magic_damaged': 'byte 0 0x73',
        'bad_page_size_3': 'byte 16 0x00\nbyte 17 0x03',
        'bad_page_size_zero': 'byte 16 0x00\nbyte 17 0x00',
        'bad_page_size_not_power_of_two': 'byte 16 0x11\nbyte 17 0x00',
        'ok_write_version_99_opens_read_only': 'byte 18 99',
        'bad_read_version_99': 'byte 19 99',
        'bad_reserved_bytes_255': 'byte 20 255',
        'bad_payload_fractions': 'byte 21 10\nbyte 22 10\nbyte 23 10',
        'bad_page_count_huge': 'byte 28 0x7f\nbyte 29 0xff\nbyte 30 0xff\nbyte 31 0xff',
        'bad_first_page_zeroed_after_header': 'zero 100 3996',
        'bad_second_page_zeroed': 'zero 4096 4096',
        'bad_third_page_zeroed': 'zero 8192 4096',
        'bad_last_page_zeroed': 'zero -4096 4096',
        'bad_schema_page_garbage': 'garbage 100 3000',
        'bad_middle_garbage': 'garbage 50% 4096',
        'bad_every_page_one_byte_flipped': 'flip-every-page 200',
        'ok_appended_garbage_page': 'append 4096 0xab',
    })
    for name, ops in damage.items():
        f.put(name + '.damage', ops + '\n')
    return f


if __name__ == '__main__':
    for make in (measurement_csv, framework_csv, project_json, answers_csv, template_archive, project_file):
        folder = make()
        print('%-20s %4d cases' % (os.path.basename(folder.path), folder.count()))
