// Every node the editor knows; the one list LexicalComposer and the headless tests register.
import type { Klass, LexicalNode } from 'lexical';
import { CountNode } from './CountNode';
import { EnumerationItemNode } from './EnumerationItemNode';
import { EnumerationLeadNode } from './EnumerationLeadNode';
import { EnumerationNode } from './EnumerationNode';
import { FieldNode } from './FieldNode';
import { MeasureNode } from './MeasureNode';
import { ProblemNode } from './ProblemNode';
import { ProblemTitleNode } from './ProblemTitleNode';
import { SectionHeadingNode } from './SectionHeadingNode';
import { SectionNode } from './SectionNode';

export const QICAO_NODES: Klass<LexicalNode>[] = [
  SectionNode, SectionHeadingNode, ProblemNode, ProblemTitleNode, MeasureNode,
  EnumerationNode, EnumerationLeadNode, EnumerationItemNode, FieldNode, CountNode,
];
