#!/usr/bin/env python3
"""Regenerates broken/*.xml from data/minimal.xml: each case breaks one thing and
records, in an `expect:` comment on line 2, the line and message validate must give.
Run it after changing minimal.xml: python3 tests/scenario/make_broken.py"""
import os, re
here = os.path.dirname(os.path.abspath(__file__))
base = open(os.path.join(here, 'data', 'minimal.xml'), encoding='utf-8').read()

# name: (old, new, marker on the line the diagnostic points at, expected message text)
cases = {
 'unknown-attribute': ('<toy id="ball"', '<toy colour="red" id="ball"', 'colour=', "unknown attribute 'colour' on <toy>"),
 'missing-required-attribute': ('<actor id="mum" role="caregiver" name="Mum"/>', '<actor id="mum" name="Mum"/>', '<actor id="mum"', "missing the required attribute 'role'"),
 'negative-length': ('min="20" max="20"', 'min="-20" max="20"', 'id="apart"', "'-20' is out of range"),
 'probability-over-one': ('intensity="0.6"', 'intensity="1.6"', 'intensity=', "'1.6' is out of range"),
 'not-a-number': ('width="6"', 'width="six"', '<world', "'six' is not a number"),
 'duplicate-id': ('<option id="walk" line="min.walk"', '<option id="walk" line="min.walk"', None, None),
 'duplicate-node-id': ('<say id="greet"', '<say id="hello"', '<say id="hello"', "duplicate node 'hello'"),
 'duplicate-line-id': ('line="min.cool"', 'line="min.warm"', 'line="min.warm">Cool', "duplicate line id 'min.warm'"),
 'dangling-next': ('next="answer"', 'next="answr"', 'next="answr"', "no node 'answr'"),
 'dangling-actor': ('present="kid mum" min="30"', 'present="kid mam" min="30"', 'present="kid mam"', "no actor 'mam'"),
 'undeclared-variable': ('<add var="hugs" value="1"/>', '<add var="hug" value="1"/>', 'var="hug"', "no variable 'hug'"),
 'undeclared-name-in-condition': ('expressed_distress > 0.8', 'distress > 0.8', 'distress > 0.8', "'distress' is not a declared variable"),
 'never-true-condition': ('expressed_distress > 0.8', 'expressed_distress > 1.8', '1.8', "can never hold"),
 'contradictory-condition': ('<extend until="settled"/>', '<extend until="arousal > 0.7 and arousal lt 0.2"/>', 'arousal > 0.7', "can never hold"),
 'bool-compared-with-number': ('<extend until="settled"/>', '<extend until="settled > 2"/>', 'settled > 2', "compares a truth value with a number"),
 'bool-ordered': ('<extend until="settled"/>', '<extend until="settled > bid"/>', 'settled > bid', "orders truth values"),
 'condition-syntax': ('expressed_distress > 0.8', 'expressed_distress = 0.8', 'expressed_distress =', "did you mean '=='?"),
 'unreachable-node': ('<say id="greet" line="min.greet" speaker="mum">Hi again.</say>', '<say id="greet" line="min.greet" speaker="mum">Hi again.</say>\n    <narration id="orphan" line="min.orphan">Nobody comes here.</narration>', 'id="orphan"', "node 'orphan' is never reached"),
 'dead-end-loop': ('<say id="greet" line="min.greet" speaker="mum">Hi again.</say>', '<say id="greet" line="min.greet" speaker="mum" next="again">Hi again.</say>\n    <narration id="again" line="min.again" next="greet">And again.</narration>', 'id="greet"', "dead end"),
 'answer-without-fallback': ('<case line="min.cool">Cool.</case>', '<case style="rejecting" when="arousal > 0.5" line="min.cool">Cool.</case>', '<answer', "dead end: answer 'answer' has no case"),
 'ending-no-path-reaches': ('<ending id="d" outcome="disorganized"', '<ending id="p" outcome="secure" by="path" title="P"><epilogue>P.</epilogue></ending>\n    <ending id="d" outcome="disorganized"', 'id="p"', "reached by no path"),
 'outcome-without-ending': ('<ending id="d" outcome="disorganized" title="D"><epilogue>Disorganized.</epilogue></ending>', '', '<ending id="s"', "no ending for outcome 'disorganized'"),
 'doctype': ('<scenario id="minimal"', '<!DOCTYPE scenario [ <!ENTITY lol "lol"> ]>\n<scenario id="minimal"', '<!DOCTYPE', "<!DOCTYPE> is not allowed"),
 'unknown-entity': ('<goal>Test the loader.</goal>', '<goal>Test &lol; the loader.</goal>', '&lol;', "unknown entity '&lol"),  # no ';' in expectations: CMake lists split on it
 'mismatched-tag': ('</summary>', '</sumary>', '</sumary>', "does not match <summary>"),
 'unclosed-element': ('</scenario>', '', '<scenario id=', "<scenario> is never closed"),
 'wrong-order': (None, None, None, None),
 'misspelt-element': (None, None, None, None),
 'max-below-min': ('min="10" max="40"', 'min="40" max="10"', 'id="back"', "less than its min"),
 'out-of-world': ('<region id="rug" kind="rug" x="1" y="1" w="2" h="2"/>', '<region id="rug" kind="rug" x="5" y="1" w="2" h="2"/>', '<region id="rug"', "reaches outside the world"),
 'set-out-of-range': ('<add var="hugs" value="1"/>', '<set var="hugs" value="9"/>', 'var="hugs" value="9"', "outside its range"),
 'bad-enum-role': ('role="exploration"', 'role="explore"', 'role="explore"', "did you mean 'exploration'?"),
 'default-style-not-offered': ('<caregiving default="sensitive">', '<caregiving default="frightening">', '<caregiving', "default style 'frightening' is not among"),
 'trigger-missing-episode': ('<trigger id="t-back" on="episode-start" episode="back"', '<trigger id="t-back" on="episode-start"', '<trigger id="t-back"', "needs 'episode'"),
 'stage-walk-without-to': ('<say id="greet" line="min.greet" speaker="mum">Hi again.</say>', '<say id="greet" line="min.greet" speaker="mum">Hi again.<stage actor="mum" do="walk"/></say>', '<stage actor="mum" do="walk"/>', "needs 'to'"),
 'stage-unknown-target': ('<say id="greet" line="min.greet" speaker="mum">Hi again.</say>', '<say id="greet" line="min.greet" speaker="mum">Hi again.<stage actor="mum" do="walk" to="sofa"/></say>', 'to="sofa"', "no region, obstacle, toy or actor 'sofa'"),
 'stage-sit-on-a-toy': ('<say id="greet" line="min.greet" speaker="mum">Hi again.</say>', '<say id="greet" line="min.greet" speaker="mum">Hi again.<stage actor="mum" do="sit" to="ball"/></say>', 'to="ball"', "no seat"),
 'option-act-unknown': ('<option id="walk" line="min.walk" default="true">', '<option id="walk" line="min.walk" default="true" act="wander">', 'act="wander"', "is not one of"),
 'unknown-debrief-key': ('<debrief key="pattern.secure"/>', '<debrief key="repiar"/>', 'key="repiar"', "no debrief section 'repiar'"),
 'epilogue-when-without-line': ('<epilogue>Avoidant.</epilogue>', '<epilogue>Avoidant.</epilogue><epilogue when="settled">Calm.</epilogue>', 'when="settled"', "needs its own 'line' id"),
 'no-child-actor': ('<actor id="kid" role="child" name="Kid"/>', '<actor id="kid" role="other" name="Kid"/>', '<actors>', 'no actor has role="child"'),
}
# Cases that need more than one substitution.
def special(name, text):
    if name == 'duplicate-id':
        t = text.replace('<option id="walk" line="min.walk" default="true">Walk away</option>',
                         '<option id="walk" line="min.walk" default="true">Walk away</option>\n      <option id="walk" line="min.walk2">Walk off</option>')
        return t, 'line="min.walk2"', "duplicate option id 'walk'"
    if name == 'misspelt-element':
        t = text.replace('<meta title', '<mtea title').replace('</meta>', '</mtea>')
        return t, '<mtea', 'did you mean <meta>?'
    if name == 'wrong-order':
        t = text.replace('  <actors>\n    <actor id="kid" role="child" name="Kid"/>\n    <actor id="mum" role="caregiver" name="Mum"/>\n  </actors>\n', '')
        t = t.replace('  <world width', '  <actors>\n    <actor id="kid" role="child" name="Kid"/>\n    <actor id="mum" role="caregiver" name="Mum"/>\n  </actors>\n  <world width')
        return t, '<world width', "<world> must come before <actors>"
    return None

out_dir = os.path.join(here, 'broken')
for f in os.listdir(out_dir):
    if f.endswith('.xml'):
        os.remove(os.path.join(out_dir, f))
for name, (old, new, marker, message) in cases.items():
    sp = special(name, base)
    if sp:
        text, marker, message = sp
    else:
        assert old in base, name
        text = base.replace(old, new, 1)
    lines = text.split('\n')
    lines.insert(1, '<!-- expect: LINE: MSG -->')
    idx = next(i for i, l in enumerate(lines) if marker in l and i != 1)
    lines[1] = '<!-- expect: %d: %s -->' % (idx + 1, message.replace('--', '- -'))
    open(os.path.join(out_dir, name + '.xml'), 'w', encoding='utf-8').write('\n'.join(lines))

# Inputs that are not derived from minimal.xml.
def raw(name, data, line, message):
    with open(os.path.join(out_dir, name + '.xml'), 'wb') as f:
        f.write(data)
    expects[name] = (line, message)
expects = {}
raw('not-utf8', b'<?xml version="1.0"?>\n<!-- expect: 3: not valid UTF-8 -->\n<scenario id="caf\xe9"/>\n', 3, '')
deep = '<?xml version="1.0"?>\n<!-- expect: 3: nested deeper than 24 levels -->\n' + '<scenario id="x">' + '<a>' * 40 + '</a>' * 40 + '</scenario>\n'
raw('too-deep', deep.encode(), 3, '')
raw('empty', b'<!-- expect: 1: no <scenario> element -->\n', 1, '')
raw('wrong-root', b'<?xml version="1.0"?>\n<!-- expect: 3: the top element must be <scenario> -->\n<senario id="x"/>\n', 3, '')
print('wrote', len(os.listdir(out_dir)), 'broken scenarios')
