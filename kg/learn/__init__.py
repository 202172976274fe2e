"""Learned stages: small linear models trained on the project's annotated samples.

The rule stages (kg/extract) propose events; a learned stage revises what rules decide poorly on
unseen text (which type a telling's content makes it; whether a proposal is a reportable event).
Each stage reads one model file in ``ontologies/models/`` (weights as data, written by a
training script in ``bench/``) and is applied after the rule stages by ``kg.extract.Extractor``.
``linear`` holds the one model kind they share.
"""
