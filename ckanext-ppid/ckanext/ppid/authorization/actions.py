"""Every action of the portal (CKAN's, its extensions' and ours) held against the authorization table.

A logged-in applicant can call every one of them over the API, so each is listed with the object it is
walked on and the rule that decides; tests/security/test_role_matrix.py fails on an action missing here.
"""

from __future__ import annotations

from ckanext.ppid.authorization.checks import Entry, Unexercised, on, own, public, sysadmin

EDIT = "dataset.edit"
WITHHELD = "register.withheld_files"
HANDLE = "request.handle"
ACT = "objection.act"
UNIT_MANAGE = "unit.manage"
USERS = "users.list"
NO_FILES = Unexercised("the portal keeps no files in CKAN's file table")


def _same(entry: Entry, *names: str) -> dict[str, Entry]:
    return dict.fromkeys(names, entry)


ACTIONS: dict[str, Entry] = {
    # ---------------------------------------------------------------------------- datasets and documents
    **_same(
        (public(),),
        "package_list",
        "package_search",
        "package_autocomplete",
        "current_package_list_with_resources",
    ),
    **_same(
        (public(),), "resource_search", "format_autocomplete", "license_list", "status_show", "help_show"
    ),
    **_same((public(),), "tag_list", "tag_search", "tag_autocomplete", "tag_show"),
    **_same((public(),), "vocabulary_list", "term_translation_show", "member_roles_list"),
    **_same((public(),), "scheming_dataset_schema_list", "scheming_dataset_schema_show"),
    **_same((public(),), "scheming_organization_schema_list", "scheming_organization_schema_show"),
    "vocabulary_show": (Unexercised("the portal defines no tag vocabularies"),),
    "package_show": (
        public("public_dataset"),
        on("private_dataset", "dataset.read_private"),
        on("private_item", "register.read_private"),
        public("withheld_item"),
    ),
    "package_relationships_list": (public("public_dataset"),),
    "resource_show": (
        public("public_resource"),
        on("private_resource", "dataset.read_private"),
        on("withheld_resource", WITHHELD),
    ),
    "resource_view_list": (public("public_resource"), on("withheld_resource", WITHHELD)),
    "resource_view_show": (public("public_view"), on("withheld_view", WITHHELD)),
    **_same((on("unit", EDIT),), "package_create"),
    **_same(
        (on("public_dataset", EDIT),),
        "package_update",
        "package_patch",
        "package_revise",
        "package_delete",
        "package_resource_reorder",
        "package_create_default_resource_views",
        "package_relationship_create",
        "package_relationship_update",
        "package_relationship_delete",
        "resource_create",
    ),
    **_same(
        (on("public_resource", EDIT),),
        "resource_update",
        "resource_patch",
        "resource_delete",
        "resource_view_create",
        "resource_view_reorder",
        "resource_create_default_resource_views",
    ),
    **_same((on("public_view", EDIT),), "resource_view_update", "resource_view_delete"),
    **_same((on("unit", UNIT_MANAGE),), "bulk_update_private", "bulk_update_public", "bulk_update_delete"),
    **_same(
        (sysadmin("public_dataset"),),
        "package_collaborator_create",
        "package_collaborator_delete",
        "package_collaborator_list",
        "dataset_purge",
        "package_owner_org_update",
    ),
    "package_collaborator_list_for_user": (own("own_account"),),
    **_same((sysadmin(),), "resource_view_clear", "tag_create", "tag_delete"),
    **_same((sysadmin(),), "vocabulary_create", "vocabulary_update", "vocabulary_delete"),
    **_same((sysadmin(),), "term_translation_update", "term_translation_update_many"),
    # -------------------------------------------------------------------------------- DataStore, DCAT
    **_same(
        (public("budget_resource"), on("withheld_resource", WITHHELD)), "datastore_search", "datastore_info"
    ),
    **_same(
        (on("budget_resource", EDIT),),
        "datastore_create",
        "datastore_upsert",
        "datastore_delete",
        "datastore_records_delete",
    ),
    **_same(
        (sysadmin(),), "datastore_function_create", "datastore_function_delete", "datastore_run_triggers"
    ),
    **_same((public(),), "dcat_catalog_search", "dcat_catalog_show"),
    "dcat_dataset_show": (public("public_dataset"), on("private_dataset", "dataset.read_private")),
    # ---------------------------------------------------------------------------------- units and groups
    **_same(
        (public(),), "organization_list", "organization_autocomplete", "group_list", "group_autocomplete"
    ),
    **_same((public("unit"),), "organization_show", "organization_follower_count", "member_list"),
    **_same((public("group"),), "group_show", "group_package_show", "group_follower_count"),
    "organization_create": (on("none", "unit.structure"),),
    "organization_delete": (on("unit", "unit.structure"),),
    **_same(
        (on("unit", UNIT_MANAGE),),
        "organization_update",
        "organization_patch",
        "organization_member_create",
        "organization_member_delete",
        "member_create",
        "member_delete",
        "user_invite",
    ),
    **_same((sysadmin("unit"),), "organization_purge", "organization_follower_list"),
    **_same((own("own_account"),), "organization_list_for_user", "group_list_authz"),
    **_same((sysadmin(),), "group_create"),
    **_same(
        (sysadmin("group"),),
        "group_update",
        "group_patch",
        "group_delete",
        "group_purge",
        "group_member_create",
        "group_member_delete",
        "group_follower_list",
    ),
    # --------------------------------------------------------------------------------------- activity
    "package_activity_list": (public("public_dataset"), public("withheld_item")),
    "organization_activity_list": (public("unit"),),
    "group_activity_list": (public("group"),),
    "recently_changed_packages_activity_list": (public(),),
    "activity_show": (public("public_activity"), public("withheld_activity")),
    # The dataset as it was: for those who may edit it (``ckan.auth.public_activity_stream_detail`` false).
    **_same(
        (on("public_activity", EDIT), on("withheld_activity", EDIT)), "activity_data_show", "activity_diff"
    ),
    "user_activity_list": (own("own_account"), on("other_account", USERS)),
    **_same(
        (own(),), "dashboard_activity_list", "dashboard_new_activities_count", "dashboard_mark_activities_old"
    ),
    **_same(
        (sysadmin(),), "activity_create", "activity_delete", "activity_delete_all", "activity_delete_counts"
    ),
    # ------------------------------------------------------------------------------ users and following
    "user_list": (on("none", USERS),),
    "user_autocomplete": (on("none", USERS),),
    "user_show": (own("own_account"), on("other_account", USERS)),
    **_same((own("own_account"), sysadmin("other_account")), "user_update", "user_patch"),
    **_same((own("own_account"), sysadmin("other_account")), "api_token_create", "api_token_list"),
    "api_token_revoke": (own("own_account"), sysadmin("other_account")),
    **_same((sysadmin("other_account"),), "user_delete", "user_follower_list"),
    "user_create": (sysadmin(),),
    **_same(
        (Unexercised("web only (the sign-up pages): refused over the API"),),
        "ppid_account_verify",
        "ppid_account_resend",
    ),
    **_same((public("other_account"),), "user_follower_count", "user_followee_count"),
    **_same((public("other_account"),), "followee_count", "dataset_followee_count", "group_followee_count"),
    **_same((public("other_account"),), "organization_followee_count"),
    **_same((own("own_account"), sysadmin("other_account")), "followee_list", "user_followee_list"),
    **_same((own("own_account"), sysadmin("other_account")), "dataset_followee_list", "group_followee_list"),
    "organization_followee_list": (own("own_account"), sysadmin("other_account")),
    **_same((public("public_dataset"),), "dataset_follower_count"),
    **_same((sysadmin("public_dataset"),), "dataset_follower_list"),
    **_same((own("public_dataset"),), "follow_dataset", "unfollow_dataset", "am_following_dataset"),
    **_same((own("group"),), "follow_group", "unfollow_group", "am_following_group"),
    # Following someone needs seeing their account.
    "follow_user": (on("other_account", USERS),),
    **_same((own("other_account"),), "unfollow_user", "am_following_user"),
    # ---------------------------------------------------------------------------------------- the site
    **_same((sysadmin(),), "config_option_list", "config_option_show", "config_option_update"),
    **_same((sysadmin(),), "job_list", "job_show", "job_cancel", "job_clear", "send_email_notifications"),
    **_same((sysadmin(),), "task_status_show", "task_status_update", "task_status_update_many"),
    **_same((sysadmin(),), "task_status_delete", "get_site_user"),
    "file_create": (sysadmin(),),
    **_same(
        (NO_FILES,),
        "file_show",
        "file_delete",
        "file_rename",
        "file_pin",
        "file_unpin",
        "file_register",
        "file_owner_scan",
        "file_ownership_transfer",
    ),
    # ----------------------------------------------------------------------------------- the register
    **_same((public(),), "ppid_register_list", "ppid_register_summary", "ppid_deadline_calculate"),
    **_same((public(),), "ppid_calendar_days_off", "ppid_calendar_override_list", "ppid_unit_list"),
    "ppid_calendar_override_create": (on("none", "calendar.keep"),),
    "ppid_calendar_override_revoke": (on("declaration", "calendar.keep"),),
    "ppid_audit_list": (on("none", "audit.read"),),
    "ppid_notification_list": (on("none", "outbox.manage"), on("case", "request.messages")),
    "ppid_notification_retry": (on("notification", "outbox.manage"),),
    **_same((sysadmin(),), "ppid_role_grant", "ppid_role_revoke", "ppid_role_list"),
    # ------------------------------------------------------------------------------------------ requests
    "ppid_request_create": (on("none", "request.file"), on("unit", "request.record")),
    "ppid_request_list_mine": (own(),),
    # Filing without an account and reaching the case by its receipt code: the link, the code or the grant is
    # the key the action checks, not a role (requests.filing.guest_actions).
    **_same(
        (public(),),
        "ppid_request_guest_create",
        "ppid_request_guest_resend",
        "ppid_request_guest_confirm",
        "ppid_request_status_show",
        "ppid_request_guest_access",
        "ppid_request_guest_show",
        "ppid_request_guest_file_show",
    ),
    **_same(
        (on("case", "request.read"),),
        "ppid_request_show",
        "ppid_request_transitions",
        "ppid_request_objections",
    ),
    "ppid_request_file_show": (on("case", "request.personal_data"),),
    "ppid_request_letters_status": (on("case", "request.personal_data"),),
    **_same(
        (on("case", HANDLE),),
        "ppid_request_verify",
        "ppid_request_process",
        "ppid_request_forward",
        "ppid_request_extend",
        "ppid_request_notice_send",
        "ppid_request_refer",
        "ppid_request_notice_received",
        "ppid_request_deliver",
        "ppid_request_close",
    ),
    "ppid_request_withdraw": (on("case", "request.withdraw"),),
    **_same((on("none", "request.record"),), "ppid_request_queue", "ppid_request_queue_units"),
    **_same((public(),), "ppid_request_register_list", "ppid_request_statistics", "ppid_request_years"),
    "ppid_objection_grounds": (on("case", "request.read"),),
    "ppid_objection_create": (on("case", "objection.file"),),
    "ppid_objection_show": (on("objection", "request.read"),),
    "ppid_objection_letter_show": (on("objection", "request.personal_data"),),
    "ppid_objection_letter_status": (on("objection", "request.personal_data"),),
    "ppid_objection_decide": (on("objection", "objection.decide"),),
    **_same((on("objection", ACT),), "ppid_objection_decision_received", "ppid_objection_withdraw"),
    **_same((on("objection", ACT),), "ppid_objection_accept", "ppid_dispute_create"),
    "ppid_objection_queue": (on("none", "objection.queue"),),
    **_same((public(),), "ppid_objection_list", "ppid_dispute_list"),
    "ppid_dispute_show": (on("dispute", "request.read"),),
    "ppid_dispute_update": (on("dispute", ACT),),
    # -------------------------------------------------------------------------------------------- budgets
    **_same((public(),), "ppid_budget_summary", "ppid_budget_compare"),
    "ppid_budget_import_show": (public("budget_resource"),),
    **_same((on("budget_resource", EDIT),), "ppid_budget_preview", "ppid_budget_import"),
}
