{
	"patcher": {
		"fileversion": 1,
		"appversion": {
			"major": 8,
			"minor": 5,
			"revision": 5,
			"architecture": "x64",
			"modernui": 1
		},
		"classnamespace": "box",
		"rect": [
			40.0,
			80.0,
			1215.0,
			1362.0
		],
		"bglocked": 0,
		"openinpresentation": 1,
		"default_fontsize": 12.0,
		"default_fontface": 0,
		"default_fontname": "Arial",
		"gridonopen": 1,
		"gridsize": [
			15.0,
			15.0
		],
		"gridsnaponopen": 1,
		"objectsnaponopen": 1,
		"statusbarvisible": 2,
		"toolbarvisible": 1,
		"lefttoolbarpinned": 0,
		"toptoolbarpinned": 0,
		"righttoolbarpinned": 0,
		"bottomtoolbarpinned": 0,
		"toolbars_unpinned_last_save": 0,
		"tallnewobj": 0,
		"boxanimatetime": 200,
		"enablehscroll": 1,
		"enablevscroll": 1,
		"devicewidth": 0.0,
		"description": "",
		"digest": "",
		"tags": "",
		"style": "",
		"subpatcher_template": "",
		"assistshowspatchername": 0,
		"boxes": [
			{
				"box": {
					"id": "obj-1",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						10,
						800,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						10,
						800,
						22
					],
					"text": "nsynth knobs: edit the 16 embedding components; each answer shows whether it was exact, nearest or blend (docs/max.md)"
				}
			},
			{
				"box": {
					"id": "obj-2",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						40,
						270,
						22.0
					],
					"text": "server 127.0.0.1:7770, replies to port 7774"
				}
			},
			{
				"box": {
					"id": "obj-3",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						70,
						60.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "loadbang"
				}
			},
			{
				"box": {
					"id": "obj-4",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						100,
						70,
						22,
						22
					],
					"presentation": 1,
					"presentation_rect": [
						440,
						42,
						22,
						22
					],
					"outlettype": [
						"bang"
					]
				}
			},
			{
				"box": {
					"id": "obj-5",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						125,
						70,
						52.6,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						465,
						42,
						53,
						22
					],
					"text": "connect"
				}
			},
			{
				"box": {
					"id": "obj-6",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [
						20,
						100,
						54.0,
						22.0
					],
					"outlettype": [
						"",
						"",
						"",
						""
					],
					"text": "t b b b b"
				}
			},
			{
				"box": {
					"id": "obj-7",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						130,
						108.0,
						22.0
					],
					"text": "/nsynth/hello 7774",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-8",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						40,
						160,
						94.6,
						22.0
					],
					"text": "/nsynth/sources",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-9",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						60,
						190,
						84.6,
						22.0
					],
					"text": "/nsynth/status",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-10",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						220,
						140.0,
						22.0
					],
					"outlettype": [],
					"text": "udpsend 127.0.0.1 7770"
				}
			},
			{
				"box": {
					"id": "obj-11",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						260,
						99.3,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "udpreceive 7774"
				}
			},
			{
				"box": {
					"id": "obj-12",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [
						20,
						290,
						214.7,
						22.0
					],
					"outlettype": [
						"",
						"",
						""
					],
					"text": "route /nsynth/welcome /nsynth/sample"
				}
			},
			{
				"box": {
					"id": "obj-13",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [
						30,
						320,
						184.0,
						22.0
					],
					"outlettype": [
						"",
						"",
						""
					],
					"text": "route /nsynth/ready /nsynth/error"
				}
			},
			{
				"box": {
					"id": "obj-14",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [
						40,
						350,
						196.7,
						22.0
					],
					"outlettype": [
						"",
						"",
						""
					],
					"text": "route /nsynth/source /nsynth/status"
				}
			},
			{
				"box": {
					"id": "obj-15",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						60,
						380,
						132.7,
						22.0
					],
					"outlettype": [],
					"text": "print nsynth-unhandled"
				}
			},
			{
				"box": {
					"id": "obj-16",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						420,
						270.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						320,
						270,
						22
					],
					"text": "server: protocol, bank size"
				}
			},
			{
				"box": {
					"id": "obj-17",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						445,
						74.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-18",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						475,
						270.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						345,
						270,
						22
					],
					"text": "",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-19",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						330,
						100,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "t b b"
				}
			},
			{
				"box": {
					"id": "obj-20",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						130,
						40.6,
						22.0
					],
					"text": "dump",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-21",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						390,
						130,
						45.3,
						22.0
					],
					"text": "zlclear",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-22",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [
						330,
						160,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						"",
						"",
						""
					],
					"text": "coll"
				}
			},
			{
				"box": {
					"id": "obj-23",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						330,
						195,
						76.6,
						22.0
					],
					"outlettype": [
						"list",
						"inactive"
					],
					"text": "zl.group 256"
				}
			},
			{
				"box": {
					"id": "obj-24",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						330,
						225,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "t b l"
				}
			},
			{
				"box": {
					"id": "obj-25",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						430,
						255,
						45.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "i"
				}
			},
			{
				"box": {
					"id": "obj-26",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						430,
						285,
						45.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "+ 1"
				}
			},
			{
				"box": {
					"id": "obj-27",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						430,
						315,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "t i i"
				}
			},
			{
				"box": {
					"id": "obj-28",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						330,
						335,
						45.0,
						22.0
					],
					"outlettype": [
						"list",
						"inactive"
					],
					"text": "zl.join"
				}
			},
			{
				"box": {
					"id": "obj-29",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						330,
						365,
						140.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend /nsynth/request"
				}
			},
			{
				"box": {
					"id": "obj-30",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						40,
						46.6,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						75,
						47,
						22
					],
					"text": "source"
				}
			},
			{
				"box": {
					"id": "obj-31",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						660,
						65,
						36.6,
						22.0
					],
					"text": "clear",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-32",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						560,
						65,
						98.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend append"
				}
			},
			{
				"box": {
					"id": "obj-33",
					"maxclass": "umenu",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [
						560,
						95,
						140,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						60,
						75,
						140,
						22
					],
					"outlettype": [
						"",
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-34",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						560,
						125,
						124.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend store source"
				}
			},
			{
				"box": {
					"id": "obj-35",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						720,
						40,
						35.9,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						220,
						75,
						36,
						22
					],
					"text": "pitch"
				}
			},
			{
				"box": {
					"id": "obj-36",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						770,
						40,
						60.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "loadbang"
				}
			},
			{
				"box": {
					"id": "obj-37",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						770,
						65,
						30.0,
						22.0
					],
					"text": "60",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-38",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						720,
						95,
						50,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						260,
						75,
						50,
						22
					],
					"outlettype": [
						"",
						""
					],
					"minimum": 0,
					"maximum": 127
				}
			},
			{
				"box": {
					"id": "obj-39",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						720,
						125,
						113.3,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend store pitch"
				}
			},
			{
				"box": {
					"id": "obj-40",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						330,
						40,
						26,
						26
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						40,
						26,
						26
					],
					"outlettype": [
						"bang"
					]
				}
			},
			{
				"box": {
					"id": "obj-41",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						360,
						43,
						50.6,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						40,
						43,
						51,
						22
					],
					"text": "request"
				}
			},
			{
				"box": {
					"id": "obj-42",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						880,
						40,
						22,
						22
					],
					"presentation": 1,
					"presentation_rect": [
						120,
						42,
						22,
						22
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-43",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						905,
						40,
						280,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						145,
						42,
						280,
						22
					],
					"text": "auto: request 300 ms after a change"
				}
			},
			{
				"box": {
					"id": "obj-44",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						880,
						70,
						45.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "gate 1"
				}
			},
			{
				"box": {
					"id": "obj-45",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						880,
						100,
						82.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "speedlim 300"
				}
			},
			{
				"box": {
					"id": "obj-46",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						520,
						900,
						22.0
					],
					"text": "per component: gain dial, offset dial, sign flip (left toggle), zero (right toggle); gain 0..2, offset -1..1"
				}
			},
			{
				"box": {
					"id": "obj-47",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						545,
						60.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "loadbang"
				}
			},
			{
				"box": {
					"id": "obj-48",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						100,
						545,
						30.6,
						22.0
					],
					"text": "100",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-49",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						610,
						45,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						140,
						45,
						22
					],
					"text": "gain"
				}
			},
			{
				"box": {
					"id": "obj-50",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						660,
						45,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						185,
						45,
						22
					],
					"text": "offset"
				}
			},
			{
				"box": {
					"id": "obj-51",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						705,
						45,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						220,
						45,
						22
					],
					"text": "flip zero"
				}
			},
			{
				"box": {
					"id": "obj-52",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						70,
						575,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						60,
						108,
						40,
						20
					],
					"text": "c0"
				}
			},
			{
				"box": {
					"id": "obj-53",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						70,
						600,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						60,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-54",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						70,
						650,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						60,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-55",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						70,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						60,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-56",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						92,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						82,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-57",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						70,
						735,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain0"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset0"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c0",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-58",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						134,
						575,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						110,
						108,
						40,
						20
					],
					"text": "c1"
				}
			},
			{
				"box": {
					"id": "obj-59",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						134,
						600,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						110,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-60",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						134,
						650,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						110,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-61",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						134,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						110,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-62",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						156,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						132,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-63",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						134,
						765,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain1"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset1"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c1",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-64",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						198,
						575,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						160,
						108,
						40,
						20
					],
					"text": "c2"
				}
			},
			{
				"box": {
					"id": "obj-65",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						198,
						600,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						160,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-66",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						198,
						650,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						160,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-67",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						198,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						160,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-68",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						220,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						182,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-69",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						198,
						735,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain2"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset2"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c2",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-70",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						262,
						575,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						210,
						108,
						40,
						20
					],
					"text": "c3"
				}
			},
			{
				"box": {
					"id": "obj-71",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						262,
						600,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						210,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-72",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						262,
						650,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						210,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-73",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						262,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						210,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-74",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						284,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						232,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-75",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						262,
						765,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain3"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset3"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c3",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-76",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						326,
						575,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						260,
						108,
						40,
						20
					],
					"text": "c4"
				}
			},
			{
				"box": {
					"id": "obj-77",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						326,
						600,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						260,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-78",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						326,
						650,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						260,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-79",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						326,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						260,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-80",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						348,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						282,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-81",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						326,
						735,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain4"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset4"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c4",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-82",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						390,
						575,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						310,
						108,
						40,
						20
					],
					"text": "c5"
				}
			},
			{
				"box": {
					"id": "obj-83",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						390,
						600,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						310,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-84",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						390,
						650,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						310,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-85",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						390,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						310,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-86",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						412,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						332,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-87",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						390,
						765,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain5"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset5"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c5",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-88",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						454,
						575,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						360,
						108,
						40,
						20
					],
					"text": "c6"
				}
			},
			{
				"box": {
					"id": "obj-89",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						454,
						600,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						360,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-90",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						454,
						650,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						360,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-91",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						454,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						360,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-92",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						476,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						382,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-93",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						454,
						735,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain6"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset6"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c6",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-94",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						518,
						575,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						410,
						108,
						40,
						20
					],
					"text": "c7"
				}
			},
			{
				"box": {
					"id": "obj-95",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						518,
						600,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						410,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-96",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						518,
						650,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						410,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-97",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						518,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						410,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-98",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						540,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						432,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-99",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						518,
						765,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain7"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset7"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c7",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-100",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						582,
						575,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						460,
						108,
						40,
						20
					],
					"text": "c8"
				}
			},
			{
				"box": {
					"id": "obj-101",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						582,
						600,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						460,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-102",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						582,
						650,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						460,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-103",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						582,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						460,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-104",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						604,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						482,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-105",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						582,
						735,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain8"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset8"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c8",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-106",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						646,
						575,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						510,
						108,
						40,
						20
					],
					"text": "c9"
				}
			},
			{
				"box": {
					"id": "obj-107",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						646,
						600,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						510,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-108",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						646,
						650,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						510,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-109",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						646,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						510,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-110",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						668,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						532,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-111",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						646,
						765,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain9"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset9"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c9",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-112",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						710,
						575,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						560,
						108,
						40,
						20
					],
					"text": "c10"
				}
			},
			{
				"box": {
					"id": "obj-113",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						710,
						600,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						560,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-114",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						710,
						650,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						560,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-115",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						710,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						560,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-116",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						732,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						582,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-117",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						710,
						735,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain10"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										130.7,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset10"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c10",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-118",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						774,
						575,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						610,
						108,
						40,
						20
					],
					"text": "c11"
				}
			},
			{
				"box": {
					"id": "obj-119",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						774,
						600,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						610,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-120",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						774,
						650,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						610,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-121",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						774,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						610,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-122",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						796,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						632,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-123",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						774,
						765,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain11"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										130.7,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset11"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c11",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-124",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						838,
						575,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						660,
						108,
						40,
						20
					],
					"text": "c12"
				}
			},
			{
				"box": {
					"id": "obj-125",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						838,
						600,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						660,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-126",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						838,
						650,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						660,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-127",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						838,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						660,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-128",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						860,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						682,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-129",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						838,
						735,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain12"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										130.7,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset12"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c12",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-130",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						902,
						575,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						710,
						108,
						40,
						20
					],
					"text": "c13"
				}
			},
			{
				"box": {
					"id": "obj-131",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						902,
						600,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						710,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-132",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						902,
						650,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						710,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-133",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						902,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						710,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-134",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						924,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						732,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-135",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						902,
						765,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain13"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										130.7,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset13"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c13",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-136",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						966,
						575,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						760,
						108,
						40,
						20
					],
					"text": "c14"
				}
			},
			{
				"box": {
					"id": "obj-137",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						966,
						600,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						760,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-138",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						966,
						650,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						760,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-139",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						966,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						760,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-140",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						988,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						782,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-141",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						966,
						735,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain14"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										130.7,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset14"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c14",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-142",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						1030,
						575,
						40,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						810,
						108,
						40,
						20
					],
					"text": "c15"
				}
			},
			{
				"box": {
					"id": "obj-143",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1030,
						600,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						810,
						130,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-144",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1030,
						650,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						810,
						175,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-145",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1030,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						810,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-146",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1052,
						705,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						832,
						222,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-147",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						1030,
						765,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain15"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										130.7,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset15"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c15",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-148",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 5,
					"patching_rect": [
						20,
						820,
						104.7,
						22.0
					],
					"outlettype": [
						"",
						"",
						"",
						"",
						""
					],
					"text": "unpack 0 s s 0. 0."
				}
			},
			{
				"box": {
					"id": "obj-149",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						150,
						820,
						56.6,
						22.0
					],
					"outlettype": [
						"list",
						"list"
					],
					"text": "zl.slice 1"
				}
			},
			{
				"box": {
					"id": "obj-150",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						230,
						850,
						45.0,
						22.0
					],
					"outlettype": [
						"list",
						"inactive"
					],
					"text": "zl.reg"
				}
			},
			{
				"box": {
					"id": "obj-151",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						150,
						850,
						45.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "== 0"
				}
			},
			{
				"box": {
					"id": "obj-152",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						150,
						880,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "sel 1"
				}
			},
			{
				"box": {
					"id": "obj-153",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						150,
						940,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "t l b"
				}
			},
			{
				"box": {
					"id": "obj-154",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						980,
						97.3,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend replace"
				}
			},
			{
				"box": {
					"id": "obj-155",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						1010,
						125.7,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "buffer~ nsynth_knobs"
				}
			},
			{
				"box": {
					"id": "obj-156",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						190,
						1010,
						22,
						22
					],
					"presentation": 1,
					"presentation_rect": [
						480,
						285,
						22,
						22
					],
					"outlettype": [
						"bang"
					]
				}
			},
			{
				"box": {
					"id": "obj-157",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						215,
						1010,
						40.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						505,
						285,
						40,
						22
					],
					"text": "again"
				}
			},
			{
				"box": {
					"id": "obj-158",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						1040,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "t b b"
				}
			},
			{
				"box": {
					"id": "obj-159",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						1070,
						30.0,
						22.0
					],
					"text": "0",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-160",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						120,
						1070,
						45.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "f 1."
				}
			},
			{
				"box": {
					"id": "obj-161",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						120,
						1100,
						46.3,
						22.0
					],
					"outlettype": [
						"signal"
					],
					"text": "sig~ 1."
				}
			},
			{
				"box": {
					"id": "obj-162",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 2,
					"patching_rect": [
						20,
						1130,
						131.7,
						22.0
					],
					"outlettype": [
						"signal",
						"signal"
					],
					"text": "groove~ nsynth_knobs"
				}
			},
			{
				"box": {
					"id": "obj-163",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						200,
						1100,
						35.3,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						230,
						262,
						35,
						22
					],
					"text": "level"
				}
			},
			{
				"box": {
					"id": "obj-164",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						200,
						1125,
						60.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "loadbang"
				}
			},
			{
				"box": {
					"id": "obj-165",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						200,
						1155,
						30.0,
						22.0
					],
					"text": "0.8",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-166",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						200,
						1185,
						50,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						230,
						285,
						50,
						22
					],
					"outlettype": [
						"",
						""
					],
					"minimum": 0.0,
					"maximum": 1.0
				}
			},
			{
				"box": {
					"id": "obj-167",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						1215,
						45.0,
						22.0
					],
					"outlettype": [
						"Signal"
					],
					"text": "*~ 0.8"
				}
			},
			{
				"box": {
					"id": "obj-168",
					"maxclass": "meter~",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						100,
						1219,
						80,
						14
					],
					"presentation": 1,
					"presentation_rect": [
						290,
						289,
						80,
						14
					],
					"outlettype": [
						"float"
					]
				}
			},
			{
				"box": {
					"id": "obj-169",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 0,
					"patching_rect": [
						20,
						1250,
						57.0,
						22.0
					],
					"outlettype": [],
					"text": "dac~ 1 2"
				}
			},
			{
				"box": {
					"id": "obj-170",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						100,
						1250,
						33.9,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						380,
						285,
						34,
						22
					],
					"text": "start",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-171",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						150,
						1250,
						33.3,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						430,
						285,
						33,
						22
					],
					"text": "stop",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-172",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						330,
						820,
						55,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						262,
						55,
						22
					],
					"text": "match"
				}
			},
			{
				"box": {
					"id": "obj-173",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						390,
						820,
						360,
						22.0
					],
					"text": "exact, nearest or blend; exact once /nsynth/ready comes"
				}
			},
			{
				"box": {
					"id": "obj-174",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						330,
						850,
						74.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-175",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						880,
						120,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						285,
						120,
						22
					],
					"text": "",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-176",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						430,
						850,
						58.6,
						22.0
					],
					"text": "set exact",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-177",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						470,
						880,
						55.3,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						140,
						262,
						55,
						22
					],
					"text": "distance"
				}
			},
			{
				"box": {
					"id": "obj-178",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						530,
						880,
						70,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						140,
						285,
						70,
						22
					],
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-179",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						330,
						920,
						620,
						22.0
					],
					"text": "answer: req_id path match distance rate"
				}
			},
			{
				"box": {
					"id": "obj-180",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						330,
						945,
						74.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-181",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						975,
						620,
						22.0
					],
					"text": "",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-182",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						330,
						1010,
						620,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						300,
						320,
						620,
						22
					],
					"text": "last error: req_id code message"
				}
			},
			{
				"box": {
					"id": "obj-183",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						330,
						1035,
						74.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-184",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						1065,
						620,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						300,
						345,
						560,
						22
					],
					"text": "",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-185",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						430,
						1035,
						102.0,
						22.0
					],
					"outlettype": [],
					"text": "print nsynth-error"
				}
			},
			{
				"box": {
					"id": "obj-186",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						330,
						1110,
						330,
						22.0
					],
					"text": "status: bank size, queued, rendering, done, worker"
				}
			},
			{
				"box": {
					"id": "obj-187",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						330,
						1135,
						22,
						22
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-188",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						355,
						1135,
						111.3,
						22.0
					],
					"text": "poll every 1000 ms"
				}
			},
			{
				"box": {
					"id": "obj-189",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						500,
						1135,
						60.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "loadbang"
				}
			},
			{
				"box": {
					"id": "obj-190",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						570,
						1135,
						30.0,
						22.0
					],
					"text": "1",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-191",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						1165,
						71.3,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "metro 1000"
				}
			},
			{
				"box": {
					"id": "obj-192",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						1195,
						84.6,
						22.0
					],
					"text": "/nsynth/status",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-193",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 5,
					"patching_rect": [
						330,
						1225,
						98.7,
						22.0
					],
					"outlettype": [
						"",
						"",
						"",
						"",
						""
					],
					"text": "unpack 0 0 0 0 s"
				}
			},
			{
				"box": {
					"id": "obj-194",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						330,
						1255,
						64,
						22.0
					],
					"text": "bank"
				}
			},
			{
				"box": {
					"id": "obj-195",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						330,
						1280,
						60,
						22.0
					],
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-196",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						396,
						1255,
						64,
						22.0
					],
					"text": "queued"
				}
			},
			{
				"box": {
					"id": "obj-197",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						396,
						1280,
						60,
						22.0
					],
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-198",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						462,
						1255,
						64,
						22.0
					],
					"text": "rendering"
				}
			},
			{
				"box": {
					"id": "obj-199",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						462,
						1280,
						60,
						22.0
					],
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-200",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						528,
						1255,
						64,
						22.0
					],
					"text": "done"
				}
			},
			{
				"box": {
					"id": "obj-201",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						528,
						1280,
						60,
						22.0
					],
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-202",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						594,
						1255,
						64,
						22.0
					],
					"text": "worker"
				}
			},
			{
				"box": {
					"id": "obj-203",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						594,
						1280,
						74.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-204",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						594,
						1310,
						66,
						22.0
					],
					"text": "",
					"outlettype": [
						""
					]
				}
			}
		],
		"lines": [
			{
				"patchline": {
					"source": [
						"obj-3",
						0
					],
					"destination": [
						"obj-6",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-4",
						0
					],
					"destination": [
						"obj-6",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						3
					],
					"destination": [
						"obj-7",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						1
					],
					"destination": [
						"obj-8",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						0
					],
					"destination": [
						"obj-9",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						0
					],
					"destination": [
						"obj-10",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-8",
						0
					],
					"destination": [
						"obj-10",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-9",
						0
					],
					"destination": [
						"obj-10",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-11",
						0
					],
					"destination": [
						"obj-12",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-12",
						2
					],
					"destination": [
						"obj-13",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-13",
						2
					],
					"destination": [
						"obj-14",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-14",
						2
					],
					"destination": [
						"obj-15",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-12",
						0
					],
					"destination": [
						"obj-17",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-17",
						0
					],
					"destination": [
						"obj-18",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-19",
						1
					],
					"destination": [
						"obj-21",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-19",
						0
					],
					"destination": [
						"obj-20",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-21",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-20",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-22",
						1
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-22",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 1
				}
			},
			{
				"patchline": {
					"source": [
						"obj-22",
						3
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 2
				}
			},
			{
				"patchline": {
					"source": [
						"obj-23",
						0
					],
					"destination": [
						"obj-24",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-24",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-25",
						0
					],
					"destination": [
						"obj-26",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-26",
						0
					],
					"destination": [
						"obj-27",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-27",
						1
					],
					"destination": [
						"obj-25",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-24",
						1
					],
					"destination": [
						"obj-28",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-27",
						0
					],
					"destination": [
						"obj-28",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-28",
						0
					],
					"destination": [
						"obj-29",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-29",
						0
					],
					"destination": [
						"obj-10",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						2
					],
					"destination": [
						"obj-31",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-14",
						0
					],
					"destination": [
						"obj-32",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-31",
						0
					],
					"destination": [
						"obj-33",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-32",
						0
					],
					"destination": [
						"obj-33",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-33",
						1
					],
					"destination": [
						"obj-34",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-34",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-36",
						0
					],
					"destination": [
						"obj-37",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-37",
						0
					],
					"destination": [
						"obj-38",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-38",
						0
					],
					"destination": [
						"obj-39",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-39",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-40",
						0
					],
					"destination": [
						"obj-19",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-42",
						0
					],
					"destination": [
						"obj-44",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-44",
						0
					],
					"destination": [
						"obj-45",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-45",
						0
					],
					"destination": [
						"obj-19",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-47",
						0
					],
					"destination": [
						"obj-48",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-53",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-54",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-57",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-54",
						0
					],
					"destination": [
						"obj-57",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-55",
						0
					],
					"destination": [
						"obj-57",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-56",
						0
					],
					"destination": [
						"obj-57",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-57",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-57",
						1
					],
					"destination": [
						"obj-44",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-59",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-60",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-59",
						0
					],
					"destination": [
						"obj-63",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-60",
						0
					],
					"destination": [
						"obj-63",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-61",
						0
					],
					"destination": [
						"obj-63",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-62",
						0
					],
					"destination": [
						"obj-63",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-63",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-63",
						1
					],
					"destination": [
						"obj-44",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-65",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-66",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-65",
						0
					],
					"destination": [
						"obj-69",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-66",
						0
					],
					"destination": [
						"obj-69",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-67",
						0
					],
					"destination": [
						"obj-69",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-68",
						0
					],
					"destination": [
						"obj-69",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-69",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-69",
						1
					],
					"destination": [
						"obj-44",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-71",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-72",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-71",
						0
					],
					"destination": [
						"obj-75",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-72",
						0
					],
					"destination": [
						"obj-75",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-73",
						0
					],
					"destination": [
						"obj-75",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-74",
						0
					],
					"destination": [
						"obj-75",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-75",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-75",
						1
					],
					"destination": [
						"obj-44",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-77",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-78",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-77",
						0
					],
					"destination": [
						"obj-81",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-78",
						0
					],
					"destination": [
						"obj-81",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-79",
						0
					],
					"destination": [
						"obj-81",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-80",
						0
					],
					"destination": [
						"obj-81",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-81",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-81",
						1
					],
					"destination": [
						"obj-44",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-83",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-84",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-83",
						0
					],
					"destination": [
						"obj-87",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-84",
						0
					],
					"destination": [
						"obj-87",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-85",
						0
					],
					"destination": [
						"obj-87",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-86",
						0
					],
					"destination": [
						"obj-87",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-87",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-87",
						1
					],
					"destination": [
						"obj-44",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-89",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-90",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-89",
						0
					],
					"destination": [
						"obj-93",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-90",
						0
					],
					"destination": [
						"obj-93",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-91",
						0
					],
					"destination": [
						"obj-93",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-92",
						0
					],
					"destination": [
						"obj-93",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-93",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-93",
						1
					],
					"destination": [
						"obj-44",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-95",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-96",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-95",
						0
					],
					"destination": [
						"obj-99",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-96",
						0
					],
					"destination": [
						"obj-99",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-97",
						0
					],
					"destination": [
						"obj-99",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-98",
						0
					],
					"destination": [
						"obj-99",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-99",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-99",
						1
					],
					"destination": [
						"obj-44",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-101",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-102",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-101",
						0
					],
					"destination": [
						"obj-105",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-102",
						0
					],
					"destination": [
						"obj-105",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-103",
						0
					],
					"destination": [
						"obj-105",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-104",
						0
					],
					"destination": [
						"obj-105",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-105",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-105",
						1
					],
					"destination": [
						"obj-44",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-107",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-108",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-107",
						0
					],
					"destination": [
						"obj-111",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-108",
						0
					],
					"destination": [
						"obj-111",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-109",
						0
					],
					"destination": [
						"obj-111",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-110",
						0
					],
					"destination": [
						"obj-111",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-111",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-111",
						1
					],
					"destination": [
						"obj-44",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-113",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-114",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-113",
						0
					],
					"destination": [
						"obj-117",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-114",
						0
					],
					"destination": [
						"obj-117",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-115",
						0
					],
					"destination": [
						"obj-117",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-116",
						0
					],
					"destination": [
						"obj-117",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-117",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-117",
						1
					],
					"destination": [
						"obj-44",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-119",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-120",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-119",
						0
					],
					"destination": [
						"obj-123",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-120",
						0
					],
					"destination": [
						"obj-123",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-121",
						0
					],
					"destination": [
						"obj-123",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-122",
						0
					],
					"destination": [
						"obj-123",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-123",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-123",
						1
					],
					"destination": [
						"obj-44",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-125",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-126",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-125",
						0
					],
					"destination": [
						"obj-129",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-126",
						0
					],
					"destination": [
						"obj-129",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-127",
						0
					],
					"destination": [
						"obj-129",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-128",
						0
					],
					"destination": [
						"obj-129",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-129",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-129",
						1
					],
					"destination": [
						"obj-44",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-131",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-132",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-131",
						0
					],
					"destination": [
						"obj-135",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-132",
						0
					],
					"destination": [
						"obj-135",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-133",
						0
					],
					"destination": [
						"obj-135",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-134",
						0
					],
					"destination": [
						"obj-135",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-135",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-135",
						1
					],
					"destination": [
						"obj-44",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-137",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-138",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-137",
						0
					],
					"destination": [
						"obj-141",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-138",
						0
					],
					"destination": [
						"obj-141",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-139",
						0
					],
					"destination": [
						"obj-141",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-140",
						0
					],
					"destination": [
						"obj-141",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-141",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-141",
						1
					],
					"destination": [
						"obj-44",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-143",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-144",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-143",
						0
					],
					"destination": [
						"obj-147",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-144",
						0
					],
					"destination": [
						"obj-147",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-145",
						0
					],
					"destination": [
						"obj-147",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-146",
						0
					],
					"destination": [
						"obj-147",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-147",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-147",
						1
					],
					"destination": [
						"obj-44",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-12",
						1
					],
					"destination": [
						"obj-148",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-13",
						0
					],
					"destination": [
						"obj-149",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-149",
						1
					],
					"destination": [
						"obj-150",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-27",
						0
					],
					"destination": [
						"obj-151",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-149",
						0
					],
					"destination": [
						"obj-151",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-151",
						0
					],
					"destination": [
						"obj-152",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-152",
						0
					],
					"destination": [
						"obj-150",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-150",
						0
					],
					"destination": [
						"obj-153",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-154",
						0
					],
					"destination": [
						"obj-155",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-155",
						1
					],
					"destination": [
						"obj-158",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-156",
						0
					],
					"destination": [
						"obj-158",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-158",
						0
					],
					"destination": [
						"obj-159",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-158",
						1
					],
					"destination": [
						"obj-160",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-160",
						0
					],
					"destination": [
						"obj-161",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-161",
						0
					],
					"destination": [
						"obj-162",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-159",
						0
					],
					"destination": [
						"obj-162",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-164",
						0
					],
					"destination": [
						"obj-165",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-165",
						0
					],
					"destination": [
						"obj-166",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-162",
						0
					],
					"destination": [
						"obj-167",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-166",
						0
					],
					"destination": [
						"obj-167",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-167",
						0
					],
					"destination": [
						"obj-168",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-167",
						0
					],
					"destination": [
						"obj-169",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-167",
						0
					],
					"destination": [
						"obj-169",
						1
					],
					"order": 1
				}
			},
			{
				"patchline": {
					"source": [
						"obj-170",
						0
					],
					"destination": [
						"obj-169",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-171",
						0
					],
					"destination": [
						"obj-169",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-148",
						1
					],
					"destination": [
						"obj-154",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-148",
						4
					],
					"destination": [
						"obj-160",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-153",
						0
					],
					"destination": [
						"obj-154",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-148",
						2
					],
					"destination": [
						"obj-174",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-174",
						0
					],
					"destination": [
						"obj-175",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-153",
						1
					],
					"destination": [
						"obj-176",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-176",
						0
					],
					"destination": [
						"obj-175",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-148",
						3
					],
					"destination": [
						"obj-178",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-12",
						1
					],
					"destination": [
						"obj-180",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-180",
						0
					],
					"destination": [
						"obj-181",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-13",
						1
					],
					"destination": [
						"obj-183",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-183",
						0
					],
					"destination": [
						"obj-184",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-13",
						1
					],
					"destination": [
						"obj-185",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-189",
						0
					],
					"destination": [
						"obj-190",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-190",
						0
					],
					"destination": [
						"obj-187",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-187",
						0
					],
					"destination": [
						"obj-191",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-191",
						0
					],
					"destination": [
						"obj-192",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-192",
						0
					],
					"destination": [
						"obj-10",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-14",
						1
					],
					"destination": [
						"obj-193",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-193",
						0
					],
					"destination": [
						"obj-195",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-193",
						1
					],
					"destination": [
						"obj-197",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-193",
						2
					],
					"destination": [
						"obj-199",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-193",
						3
					],
					"destination": [
						"obj-201",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-193",
						4
					],
					"destination": [
						"obj-203",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-203",
						0
					],
					"destination": [
						"obj-204",
						0
					],
					"order": 0
				}
			}
		],
		"dependency_cache": [],
		"autosave": 0
	}
}
