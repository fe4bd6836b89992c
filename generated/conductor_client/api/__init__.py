"""API groups, one module each. Reach them through a client: ``client.workflow``, ``client.metadata``...

- ``a2a_callback``: a-2-a-callback-resource (2 operations)
- ``admin``: admin-resource (5 operations)
- ``agent``: agent-controller (39 operations)
- ``agent_span_ui_context``: agent-span-ui-context-controller (1 operations)
- ``environment``: environment-resource (2 operations)
- ``event``: event-resource (5 operations)
- ``health_check``: health-check-resource (2 operations)
- ``metadata``: metadata-resource (15 operations)
- ``provider``: provider-controller (1 operations)
- ``queue_admin``: queue-admin-resource (4 operations)
- ``scheduler``: Scheduler (12 operations)
- ``scheduler_bulk``: Scheduler Bulk (2 operations)
- ``secret``: secret-controller (7 operations)
- ``task``: task-resource (22 operations)
- ``workflow``: workflow-resource (27 operations)
- ``workflow_bulk``: workflow-bulk-resource (8 operations)
"""
